// Where sign-in sends a person back to (next-auth's redirect callback).

/** A redirect target as a path on the current host: relative paths stay, our own absolute URLs lose their host, anything else is "/". */
export function sameSitePath(url: string, baseUrl: string): string {
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return url;
  try {
    const u = new URL(url);
    if (u.origin === new URL(baseUrl).origin) return `${u.pathname}${u.search}${u.hash}`;
  } catch {
    // Not a URL: fall through.
  }
  return "/";
}
