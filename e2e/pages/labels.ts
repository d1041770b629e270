// Locators by accessible name must work in both UI languages: a label is matched by its Japanese
// or English text, with the "(任意)" / "(optional)" marker that optional fields carry.
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The accessible name of a form field, in Japanese or English, optional marker allowed. */
export function fieldName(ja: string, en: string): RegExp {
  return new RegExp(`^(?:${escape(ja)}|${escape(en)})\\s*(?:\\((?:任意|optional)\\))?$`);
}

/** An exact text in Japanese or English. */
export function text(ja: string, en: string): RegExp {
  return new RegExp(`^\\s*(?:${escape(ja)}|${escape(en)})\\s*$`);
}
