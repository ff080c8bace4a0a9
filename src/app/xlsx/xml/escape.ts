/**
 * Text in and out of XML parts. Besides the five entities, Excel has its own escape for characters XML
 * 1.0 cannot hold (control characters): "_xHHHH_" in cell text, with "_x005F_" escaping a literal "_x".
 */

/** Characters XML 1.0 does not allow at all (also not as &#...;). */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is matched
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex -- as above
const NOT_XML_OR_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;
const LOOKS_ESCAPED = /_x[0-9A-Fa-f]{4}_/;

// eslint-disable-next-line no-control-regex -- markup, CR, and the characters XML cannot hold
const TEXT_SPECIAL = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex -- as above, plus quotes and the whitespace XML normalizes
const ATTR_SPECIAL = /[&<>"\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const TEXT_REPLACE = new RegExp(TEXT_SPECIAL.source, "g");
const ATTR_REPLACE = new RegExp(ATTR_SPECIAL.source, "g");
const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  // A bare CR would be read back as LF (XML end-of-line handling).
  "\r": "&#13;",
};
// Characters XML cannot hold are dropped (cell text keeps them through excelEscape first).
const replaceEntity = (ch: string) => ENTITY[ch] ?? "";

/** Element text. */
export function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_REPLACE, replaceEntity) : text;
}

/** An attribute value (in double quotes). */
export function escapeAttr(text: string): string {
  return ATTR_SPECIAL.test(text) ? text.replace(ATTR_REPLACE, replaceEntity) : text;
}

/** Cell text for Excel: control characters as _xHHHH_, a literal "_xHHHH_" kept by escaping its "_". */
export function excelEscape(text: string): string {
  if (!NOT_XML.test(text) && !LOOKS_ESCAPED.test(text)) return text;
  return text.replace(NOT_XML_OR_ESCAPE, (ch) =>
    ch === "_" ? "_x005F_" : `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** Reverses excelEscape (Excel writes "_x000D_" for the CR of a CR LF line break in a cell). */
export function excelUnescape(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Resolves entity and character references (&amp; &#10; &#x41;); unknown entities stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED[body] ?? whole;
  });
}
