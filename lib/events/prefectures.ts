// Japan's 47 prefectures by their JIS X 0401 code, for finding events near you. Pure: the event
// form, the search and the API share it. A venue's prefecture is picked in the event form, or
// inferred from its address when none is picked.

export const PREFECTURES = [
  [1, "北海道", "Hokkaido"], [2, "青森県", "Aomori"], [3, "岩手県", "Iwate"], [4, "宮城県", "Miyagi"], [5, "秋田県", "Akita"],
  [6, "山形県", "Yamagata"], [7, "福島県", "Fukushima"], [8, "茨城県", "Ibaraki"], [9, "栃木県", "Tochigi"], [10, "群馬県", "Gunma"],
  [11, "埼玉県", "Saitama"], [12, "千葉県", "Chiba"], [13, "東京都", "Tokyo"], [14, "神奈川県", "Kanagawa"], [15, "新潟県", "Niigata"],
  [16, "富山県", "Toyama"], [17, "石川県", "Ishikawa"], [18, "福井県", "Fukui"], [19, "山梨県", "Yamanashi"], [20, "長野県", "Nagano"],
  [21, "岐阜県", "Gifu"], [22, "静岡県", "Shizuoka"], [23, "愛知県", "Aichi"], [24, "三重県", "Mie"], [25, "滋賀県", "Shiga"],
  [26, "京都府", "Kyoto"], [27, "大阪府", "Osaka"], [28, "兵庫県", "Hyogo"], [29, "奈良県", "Nara"], [30, "和歌山県", "Wakayama"],
  [31, "鳥取県", "Tottori"], [32, "島根県", "Shimane"], [33, "岡山県", "Okayama"], [34, "広島県", "Hiroshima"], [35, "山口県", "Yamaguchi"],
  [36, "徳島県", "Tokushima"], [37, "香川県", "Kagawa"], [38, "愛媛県", "Ehime"], [39, "高知県", "Kochi"], [40, "福岡県", "Fukuoka"],
  [41, "佐賀県", "Saga"], [42, "長崎県", "Nagasaki"], [43, "熊本県", "Kumamoto"], [44, "大分県", "Oita"], [45, "宮崎県", "Miyazaki"],
  [46, "鹿児島県", "Kagoshima"], [47, "沖縄県", "Okinawa"],
] as const satisfies readonly (readonly [number, string, string])[];

export type PrefectureCode = (typeof PREFECTURES)[number][0];

export const isPrefectureCode = (n: number): n is PrefectureCode => Number.isInteger(n) && n >= 1 && n <= 47;

export function prefectureName(code: number | null | undefined, locale: "ja" | "en"): string | null {
  const p = code ? PREFECTURES[code - 1] : undefined;
  return p ? (locale === "ja" ? p[1] : p[2]) : null;
}

/** "東京都" → "東京", "北海道" stays: the name people also write without its suffix. */
const shortName = (ja: string) => (ja === "北海道" ? ja : ja.replace(/[都府県]$/, ""));

/**
 * The prefecture an address names, or null. Japanese addresses start with it (after a postal
 * code), so the earliest match wins: "東京都港区" is Tokyo although "京都" appears inside it. Full
 * names are tried first, then short ones ("東京 渋谷"), then English names as whole words
 * ("Shibuya-ku, Tokyo").
 */
export function inferPrefecture(address: string | null | undefined): PrefectureCode | null {
  if (!address) return null;
  const text = address.normalize("NFKC");
  const earliest = (names: (p: (typeof PREFECTURES)[number]) => string) => {
    let best: { code: PrefectureCode; at: number; len: number } | null = null;
    for (const p of PREFECTURES) {
      const name = names(p);
      const at = text.indexOf(name);
      if (at >= 0 && (!best || at < best.at || (at === best.at && name.length > best.len))) best = { code: p[0], at, len: name.length };
    }
    return best?.code ?? null;
  };
  const full = earliest((p) => p[1]);
  if (full) return full;
  const short = earliest((p) => shortName(p[1]));
  if (short) return short;
  const lower = text.toLowerCase();
  let best: { code: PrefectureCode; at: number } | null = null;
  for (const p of PREFECTURES) {
    const m = new RegExp(`\\b${p[2].toLowerCase()}\\b`).exec(lower);
    if (m && (!best || m.index < best.at)) best = { code: p[0], at: m.index };
  }
  return best?.code ?? null;
}
