"use client";
import { useTranslations } from "next-intl";
import { createContext, type CSSProperties, type ReactNode, useContext, useMemo, useSyncExternalStore } from "react";
import { type Marks, marksAt, type Times } from "./clock";

const NowContext = createContext<Marks>({ current: new Set(), next: new Set() });

// A store whose value is the current minute: components re-render once a minute, and the
// server (which must not guess the viewer's clock) renders no marks at all.
function subscribe(onChange: () => void) {
  const timer = window.setInterval(onChange, 15_000);
  return () => window.clearInterval(timer);
}
const minuteNow = () => Math.floor(Date.now() / 60_000);
const noMinute = () => null;

/** Marks the slots running now and the ones starting next, during the event. */
export function NowProvider({ slots, children }: { slots: Times[]; children: ReactNode }) {
  const minute = useSyncExternalStore(subscribe, minuteNow, noMinute);
  const marks = useMemo(() => (minute === null ? { current: new Set<string>(), next: new Set<string>() } : marksAt(slots, minute * 60_000)), [slots, minute]);
  return <NowContext.Provider value={marks}>{children}</NowContext.Provider>;
}

/** One slot's box: highlighted, with a "now"/"next" badge, when it runs now or comes next. */
export function SlotFrame({ id, as: Tag = "div", className = "", style, children, ...data }: { id: string; as?: "div" | "li"; className?: string; style?: CSSProperties; children: ReactNode } & Record<`data-${string}`, string>) {
  const t = useTranslations("schedule");
  const { current, next } = useContext(NowContext);
  const now = current.has(id);
  const soon = !now && next.has(id);
  const ring = now ? "ring-2 ring-emerald-600" : soon ? "ring-2 ring-amber-500" : "";
  return (
    <Tag className={`${className} ${ring}`} style={style} aria-current={now ? "time" : undefined} data-slot-id={id} {...data}>
      {(now || soon) && (
        <span className={`mb-1 inline-block rounded px-1.5 py-0.5 text-xs font-bold text-white ${now ? "bg-emerald-700" : "bg-amber-600"}`} data-testid={now ? "now-badge" : "next-badge"}>
          {now ? t("now") : t("next")}
        </span>
      )}
      {children}
    </Tag>
  );
}
