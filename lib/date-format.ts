// Intl.DateTimeFormat objects, made once per locale and options. Making one (locale data, the
// time zone's rules) costs a hundred times more than formatting with it: a page or a mail that
// shows a dozen dates made a dozen, and under a signup rush they were a tenth of the server's CPU.
// Pure and free of imports, so server and browser code share it.

const made = new Map<string, Intl.DateTimeFormat>();
/** Zones and option sets in use are few; the bound only keeps odd input from growing the map. */
const MAX_FORMATS = 500;

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = made.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    if (made.size >= MAX_FORMATS) made.clear();
    made.set(key, f);
  }
  return f;
}
