/**
 * A deliberately small XML reader for tests of our own manifest: elements, attributes (double-quoted),
 * text; comments, the XML declaration and CDATA-free content only. Throws on mismatched tags so a broken
 * manifest fails loudly.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? "");

export function parseXml(source: string): XmlElement {
  const body = source.replace(/<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let consumed = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (m.index !== consumed) throw new Error(`Unparsed XML near: ${body.slice(consumed, consumed + 60)}`);
    consumed = tag.lastIndex;
    const [, closing, name, attrText, selfClosing, text] = m;
    const parent = stack[stack.length - 1]!;
    if (text !== undefined) {
      parent.text += decode(text).trim();
    } else if (closing) {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      stack.pop();
    } else {
      const attributes: Record<string, string> = {};
      for (const a of (attrText ?? "").matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g))
        attributes[a[1]!] = decode(a[2]!);
      const element: XmlElement = { name: name!, attributes, children: [], text: "" };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (consumed !== body.length || stack.length !== 1) throw new Error("XML ends inside an element");
  const [top] = root.children;
  if (!top || root.children.length !== 1) throw new Error("XML must have exactly one root element");
  return top;
}

/** Every element below (and including) the given one, depth first, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** The first element with this name below the given one, or throws. */
export function find(element: XmlElement, name: string): XmlElement {
  const found = descendants(element).find((e) => e.name === name);
  if (!found) throw new Error(`No <${name}> element`);
  return found;
}

/** Width and height from a PNG's IHDR chunk (bytes 16..23), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("Not a PNG");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
