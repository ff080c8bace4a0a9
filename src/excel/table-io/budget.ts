/**
 * Excel on the web rejects a request or response above 5 MB; we keep every one at or below 4 MB so
 * property names, addresses and estimation error fit in the margin. This is the one place that says so.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * Chunks are filled to this share of the budget: row sizes are measured (writes) or estimated from
 * rows already read (reads), and the rest of the request (addresses, JSON framing) is small.
 */
export const BUDGET_FILL = 0.95;

// eslint-disable-next-line no-control-regex -- every character outside ASCII, controls included
const NON_ASCII = /[^\u0000-\u007f]/;

/** UTF-8 length of a string, without allocating (TextEncoder would copy every row). */
export function utf8Length(text: string): number {
  if (!NON_ASCII.test(text)) return text.length; // most text: one native scan instead of a JS loop
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a value takes as JSON (how requests and responses travel). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** Usable bytes per request for a budget. */
export function fillBytes(budget: number): number {
  return Math.max(1, Math.floor(budget * BUDGET_FILL));
}

export interface Span {
  /** Index of the first item. */
  readonly start: number;
  readonly count: number;
}

/**
 * Splits items of known sizes into consecutive spans of at most `limit` bytes each (an item larger
 * than the limit gets a span of its own: nothing smaller can carry it).
 */
export function spansByBytes(sizes: readonly number[], limit: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    const size = sizes[i] ?? 0;
    if (i > start && bytes + size > limit) {
      spans.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  if (sizes.length > start) spans.push({ start, count: sizes.length - start });
  return spans;
}
