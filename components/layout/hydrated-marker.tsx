"use client";
import { useEffect } from "react";

/**
 * Marks the document (`<html data-hydrated>`) once React has hydrated it. Until then, buttons
 * that ask for a confirmation are plain server HTML: a click submits without asking, or asks
 * while the browser is already navigating. End-to-end tests wait for this mark before clicking
 * them.
 */
export function HydratedMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
