// The site's own origin as configured (NEXTAUTH_URL), without loading the whole configuration.
export function publicBaseUrlOf(): string {
  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
