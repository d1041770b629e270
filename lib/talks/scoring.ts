// Review scores with weighted criteria (内容 ×3, 新規性 ×2, 対象者との適合 ×1). Pure.

export type Criterion = { id: string; weight: number };

/** The weighted mean of the scores given for the criteria, or null when none is scored. */
export function weightedScore(criteria: readonly Criterion[], scores: Readonly<Record<string, number>>): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const s = scores[c.id];
    if (s === undefined || c.weight <= 0) continue;
    sum += s * c.weight;
    weights += c.weight;
  }
  return weights === 0 ? null : Math.round((sum / weights) * 100) / 100;
}

/** "内容 3" lines (name, then an optional weight; 1 when left out) → criteria. Scanned from the end, no backtracking. */
export function criteriaFromText(text: string): { name: string; weight: number }[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      let digits = line.length;
      while (digits > 0 && line[digits - 1]! >= "0" && line[digits - 1]! <= "9") digits--;
      let sep = digits;
      while (sep > 0 && (line[sep - 1]!.trim() === "" || line[sep - 1] === ":" || line[sep - 1] === "：")) sep--;
      if (digits === line.length || sep === digits || sep === 0 || line.length - digits > 3) return { name: line, weight: 1 };
      return { name: line.slice(0, sep), weight: Number(line.slice(digits)) };
    });
}
