import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import ja from "./messages/ja.json";
import { negotiateLocale, resolveLocale } from "./locale";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("locale", () => {
  it("prefers the cookie over the header", () => {
    expect(resolveLocale("en", "ja,en;q=0.5")).toBe("en");
  });
  it("honours q-values in Accept-Language", () => {
    expect(negotiateLocale("en;q=0.4, ja;q=0.9")).toBe("ja");
    expect(negotiateLocale("en-US,en;q=0.9,ja;q=0.8")).toBe("en");
  });
  it("falls back to English for other languages and Japanese without a header", () => {
    expect(negotiateLocale("fr-FR,de;q=0.5")).toBe("en");
    expect(resolveLocale(undefined, null)).toBe("ja");
    expect(resolveLocale("xx", null)).toBe("ja");
  });
  it("keeps the Japanese and English catalogs in step", () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
  });
});
