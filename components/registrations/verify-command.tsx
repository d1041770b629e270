"use client";
import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

/**
 * The verifier's command line for this page, with the host the reader actually used (the page may
 * be reached as localhost, 127.0.0.1 or a public name). Scrollable, so it takes keyboard focus.
 */
export function VerifyCommand({ path, label }: { path: string; label: string }) {
  const origin = useSyncExternalStore(noSubscribe, () => window.location.origin, () => "");
  return (
    <pre tabIndex={0} role="region" aria-label={label} className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400" data-testid="draw-cli">
      <code>
        npm run lottery:verify -- {origin}
        {path}
      </code>
    </pre>
  );
}
