import type { Locale } from "@/lib/time";

/** "820 kB" / "12.4 MB", in the reader's number format. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-US", {
    style: "unit",
    unit: mb ? "megabyte" : "kilobyte",
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));
}
