"use client";
import jsQR from "jsqr";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/styles";

type Camera = "off" | "starting" | "on" | "denied" | "unsupported";

// Frames are scaled down before decoding: a ticket's QR code fills much of the picture at the
// door, and a phone decodes 640 pixels wide several times a second without getting hot.
const DECODE_WIDTH = 640;
const DECODE_EVERY_MS = 150;

/**
 * The rear camera, decoded with jsQR. The camera starts only when the staff asks for it, so the
 * page never opens with a permission prompt; without a camera the receipt number form remains.
 */
export function QrScanner({ onCode, paused }: { onCode: (text: string) => void; paused: boolean }) {
  const t = useTranslations("checkin");
  const [camera, setCamera] = useState<Camera>("off");
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const latest = useRef({ onCode, paused });
  useEffect(() => {
    latest.current = { onCode, paused };
  });

  async function start() {
    if (!navigator.mediaDevices?.getUserMedia) {
      setCamera("unsupported");
      return;
    }
    setCamera("starting");
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      setCamera("on");
    } catch {
      setCamera("denied");
    }
  }

  function stop() {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setCamera("off");
  }

  useEffect(() => {
    const v = video.current;
    if (camera !== "on" || !v || !stream.current) return;
    v.srcObject = stream.current;
    void v.play().catch(() => undefined);
    const canvas = document.createElement("canvas");
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    let timer = 0;
    const tick = () => {
      if (ctx && v.readyState >= v.HAVE_CURRENT_DATA && v.videoWidth > 0 && !latest.current.paused) {
        const scale = Math.min(1, DECODE_WIDTH / v.videoWidth);
        canvas.width = Math.round(v.videoWidth * scale);
        canvas.height = Math.round(v.videoHeight * scale);
        ctx.drawImage(v, 0, 0, canvas.width, canvas.height);
        const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const hit = jsQR(image.data, image.width, image.height, { inversionAttempts: "attemptBoth" });
        if (hit?.data) latest.current.onCode(hit.data);
      }
      timer = window.setTimeout(tick, DECODE_EVERY_MS);
    };
    tick();
    return () => window.clearTimeout(timer);
  }, [camera]);

  // Leaving the page turns the camera off.
  useEffect(() => () => stream.current?.getTracks().forEach((track) => track.stop()), []);

  return (
    <div>
      {camera === "on" || camera === "starting" ? (
        <>
          <video ref={video} muted playsInline aria-label={t("videoLabel")} className="aspect-square w-full rounded-md bg-black object-cover" data-testid="checkin-video" />
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("scanning")}</p>
          <button type="button" onClick={stop} className={`${buttonClass("secondary")} mt-2 w-full`}>
            {t("stopScan")}
          </button>
        </>
      ) : (
        <button type="button" onClick={start} className={`${buttonClass()} w-full py-3 text-base`}>
          {t("scan")}
        </button>
      )}
      {(camera === "denied" || camera === "unsupported") && (
        <p role="alert" className="mt-2 rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-900">
          {camera === "denied" ? t("cameraDenied") : t("cameraUnsupported")}
        </p>
      )}
    </div>
  );
}
