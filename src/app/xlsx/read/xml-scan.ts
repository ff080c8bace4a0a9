/**
 * Allocation-light helpers for scanning large XML text in place (a sheet's cells, shared strings):
 * tag names and attribute values read straight from the string by index.
 */
import { decodeEntities } from "../xml/escape";

const SPACE = (ch: number) => ch === 32 || ch === 9 || ch === 10 || ch === 13;

/** End (exclusive) of the tag name starting at `from` (just after "<" or "</"). */
export function nameEnd(xml: string, from: number): number {
  let i = from;
  for (; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (SPACE(ch) || ch === 47 || ch === 62) break; // "/" ">"
  }
  return i;
}

/** The tag name without its namespace prefix. */
export function localTagName(xml: string, from: number, end: number): string {
  for (let i = end - 1; i > from; i--) if (xml.charCodeAt(i) === 58) return xml.slice(i + 1, end); // ":"
  return xml.slice(from, end);
}

/**
 * Reads the attributes of the tag whose name ends at `from`, calling visit(nameStart, nameEnd,
 * valueStart, valueEnd) for each (values raw: entities not resolved; rows' and cells' attributes never
 * hold any). Returns the index of the tag's closing ">", or -1 when the tag is cut short.
 */
export function eachAttribute(
  xml: string,
  from: number,
  visit: (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => void,
): number {
  let i = from;
  const length = xml.length;
  while (i < length) {
    let ch = xml.charCodeAt(i);
    if (ch === 62) return i; // ">"
    if (SPACE(ch) || ch === 47) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && (ch = xml.charCodeAt(i)) !== 61 && !SPACE(ch) && ch !== 47 && ch !== 62) i++;
    const end = i;
    while (i < length && SPACE(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) continue; // an attribute without a value: not XML, skip the name
    i++;
    while (i < length && SPACE(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return -1;
    const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0) return -1;
    visit(start, end, i + 1, close);
    i = close + 1;
  }
  return -1;
}

/** True when the tag name in xml[from, end) is `name`, with or without a namespace prefix. */
export function isLocalName(xml: string, from: number, end: number, name: string): boolean {
  const start = end - name.length;
  if (start < from || (start > from && xml.charCodeAt(start - 1) !== 58)) return false; // ":"
  return xml.startsWith(name, start);
}

/** The non-negative integer written in xml[from, to); NaN when it is not one. */
export function integerAt(xml: string, from: number, to: number): number {
  if (from >= to) return NaN;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The value of attribute `name` (unprefixed) in the tag text xml[from, to), entities resolved;
 * undefined when the tag has no such attribute.
 */
export function attrValue(xml: string, from: number, to: number, name: string): string | undefined {
  let i = from;
  while (i < to) {
    while (i < to && SPACE(xml.charCodeAt(i))) i++;
    const start = i;
    while (i < to) {
      const ch = xml.charCodeAt(i);
      if (ch === 61 || SPACE(ch) || ch === 47 || ch === 62) break; // "=" space "/" ">"
      i++;
    }
    const nameEndAt = i;
    while (i < to && SPACE(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) {
      i++;
      continue;
    }
    i++;
    while (i < to && SPACE(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return undefined;
    const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close > to) return undefined;
    if (nameEndAt - start === name.length && xml.startsWith(name, start)) {
      return decodeEntities(xml.slice(i + 1, close));
    }
    i = close + 1;
  }
  return undefined;
}

/**
 * The text content starting at `from` (just after an element's start tag) up to its end tag, entities
 * resolved and CDATA sections included; returns the text and the index just past the end tag.
 */
export function elementText(xml: string, from: number): { text: string; next: number } {
  let text = "";
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return { text: text + decodeEntities(xml.slice(i)), next: xml.length };
    if (lt > i) text += decodeEntities(xml.slice(i, lt));
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0) return { text: text + xml.slice(lt + 9), next: xml.length };
      text += xml.slice(lt + 9, end);
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf(">", lt);
    return { text, next: gt < 0 ? xml.length : gt + 1 };
  }
}

/**
 * The text of a string item (<si> of shared strings, <is> of an inline string) in xml[from, to): its
 * <t> elements, plain or in rich-text runs, without phonetic runs (<rPh>).
 */
export function stringItemText(xml: string, from: number, to: number): string {
  let text = "";
  let i = from;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    if (xml.charCodeAt(lt + 1) === 47) {
      i = lt + 2;
      continue;
    }
    const end = nameEnd(xml, lt + 1);
    const name = localTagName(xml, lt + 1, end);
    const gt = xml.indexOf(">", end);
    if (gt < 0) break;
    if (name === "rPh" && xml.charCodeAt(gt - 1) !== 47) {
      const closeTag = `</${xml.slice(lt + 1, end)}>`;
      const close = xml.indexOf(closeTag, gt);
      i = close < 0 ? to : close + closeTag.length;
    } else if (name === "t" && xml.charCodeAt(gt - 1) !== 47) {
      const { text: t, next } = elementText(xml, gt + 1);
      text += t;
      i = next;
    } else {
      i = gt + 1;
    }
  }
  return text;
}
