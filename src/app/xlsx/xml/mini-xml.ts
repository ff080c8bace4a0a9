/**
 * A small XML parser for the small parts of an .xlsx (workbook, relationships, styles, shared strings,
 * data validation): a tree of elements by local name (namespace prefixes dropped), attributes as
 * written, text with entities resolved. No DTDs; comments and processing instructions are skipped.
 * The large part, a sheet's cells, has its own scanner (sheet-data-reader.ts).
 */
import { decodeEntities } from "./escape";

export interface XmlElement {
  /** Local name: "sheet" for both <sheet> and <x:sheet>. */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (CDATA included), children's text not included. */
  text: string;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Index of the ">" that ends the tag starting at `from` (quotes may hold ">"); -1 if none. */
export function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i;
  }
  return -1;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    attrs[m[1] ?? ""] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return attrs;
}

/** Parses a whole document; returns its root element. Throws on text that is not well-formed enough. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const top = stack[stack.length - 1] ?? root;
    if (lt < 0) break;
    if (lt > i) top.text += decodeEntities(xml.slice(i, lt));
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) throw new Error("an XML comment is not closed");
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0) throw new Error("an XML CDATA section is not closed");
      top.text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith("<?", lt) || xml.startsWith("<!", lt)) {
      const end = xml.indexOf(">", lt);
      if (end < 0) throw new Error("an XML declaration is not closed");
      i = end + 1;
    } else if (xml.startsWith("</", lt)) {
      const end = xml.indexOf(">", lt);
      if (end < 0) throw new Error("an XML end tag is not closed");
      const name = localName(xml.slice(lt + 2, end).trim());
      if (stack.length <= 1 || top.name !== name) throw new Error(`unexpected XML end tag </${name}>`);
      stack.pop();
      i = end + 1;
    } else {
      const end = tagEnd(xml, lt + 1);
      if (end < 0) throw new Error("an XML tag is not closed");
      const selfClosing = xml.charCodeAt(end - 1) === 47; // "/"
      const body = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const space = body.search(/[\s/]/);
      const rawName = space < 0 ? body : body.slice(0, space);
      const element: XmlElement = {
        name: localName(rawName),
        attrs: space < 0 ? {} : parseAttributes(body.slice(space)),
        children: [],
        text: "",
      };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
      i = end + 1;
    }
  }
  if (stack.length > 1) throw new Error(`the XML element <${stack[stack.length - 1]?.name}> is not closed`);
  const first = root.children[0];
  if (!first) throw new Error("the XML part is empty");
  return first;
}

export function childOf(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childrenOf(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** An attribute by local name ("id" finds r:id too). */
export function attrOf(element: XmlElement | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const direct = element.attrs[name];
  if (direct !== undefined) return direct;
  for (const [key, value] of Object.entries(element.attrs)) if (localName(key) === name) return value;
  return undefined;
}
