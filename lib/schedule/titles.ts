// The title an item shows: its talk's, its own, or its kind's in both languages.
const FIXED_TITLES: Record<string, string> = {
  reception: "受付 / Reception",
  opening: "Opening",
  break: "Break",
  lunch: "Lunch",
  keynote: "Keynote",
  closing: "Closing",
  party: "懇親会 / Party",
  other: "",
};

export function slotTitle(s: { kind: string; title: string; proposal?: { title: string } | null }): string {
  return s.proposal?.title ?? (s.title || FIXED_TITLES[s.kind] || s.kind);
}

