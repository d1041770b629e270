// Class names shared by server and client components (a "use client" module cannot export
// plain functions to server components).
export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/30 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900";

export function buttonClass(variant: "primary" | "secondary" | "danger" = "primary") {
  const base = "inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-2 disabled:opacity-60";
  if (variant === "secondary") return `${base} border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 focus-visible:ring-slate-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100`;
  if (variant === "danger") return `${base} bg-red-700 text-white hover:bg-red-800 focus-visible:ring-red-600`;
  return `${base} bg-sky-700 text-white hover:bg-sky-800 focus-visible:ring-sky-600`;
}
