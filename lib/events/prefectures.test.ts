import { describe, expect, it } from "vitest";
import { inferPrefecture, prefectureName, PREFECTURES } from "./prefectures";

describe("inferPrefecture", () => {
  it("reads the prefecture at the start of a Japanese address, after a postal code", () => {
    expect(inferPrefecture("〒150-0002 東京都渋谷区渋谷2-21-1")).toBe(13);
    expect(inferPrefecture("大阪府大阪市北区梅田")).toBe(27);
    expect(inferPrefecture("北海道札幌市中央区")).toBe(1);
    expect(inferPrefecture("京都府京都市下京区")).toBe(26);
  });

  it("does not mistake 京都 inside 東京都 for Kyoto", () => {
    expect(inferPrefecture("東京都港区六本木")).toBe(13);
    expect(inferPrefecture("東京 渋谷")).toBe(13);
  });

  it("reads short and English names, and full-width text", () => {
    expect(inferPrefecture("福岡 天神")).toBe(40);
    expect(inferPrefecture("Shibuya-ku, Tokyo 150-0002")).toBe(13);
    expect(inferPrefecture("Naha, Okinawa")).toBe(47);
    expect(inferPrefecture("ＴＯＫＹＯ")).toBe(13);
  });

  it("answers null when the address names no prefecture", () => {
    expect(inferPrefecture("")).toBeNull();
    expect(inferPrefecture(null)).toBeNull();
    expect(inferPrefecture("Online")).toBeNull();
    expect(inferPrefecture("Berlin, Germany")).toBeNull();
  });
});

describe("prefectureName", () => {
  it("names each of the 47 codes in both languages", () => {
    expect(PREFECTURES).toHaveLength(47);
    PREFECTURES.forEach((p, i) => expect(p[0]).toBe(i + 1));
    expect(prefectureName(13, "ja")).toBe("東京都");
    expect(prefectureName(13, "en")).toBe("Tokyo");
    expect(prefectureName(48, "en")).toBeNull();
    expect(prefectureName(null, "ja")).toBeNull();
  });
});
