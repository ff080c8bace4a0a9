/** Text in and out of the XML parts, and the small parser for the small parts. */
import {
  decodeEntities,
  escapeAttr,
  escapeText,
  excelEscape,
  excelUnescape,
} from "../../../src/app/xlsx/xml/escape";
import { attrOf, childOf, childrenOf, parseXml } from "../../../src/app/xlsx/xml/mini-xml";

describe("escaping", () => {
  it("escapes markup in text and, in attributes, quotes and the whitespace XML would normalize", () => {
    expect(escapeText('a < b & c > "d"')).toBe('a &lt; b &amp; c &gt; "d"');
    expect(escapeText("line 1\r\nline 2")).toBe("line 1&#13;\nline 2");
    expect(escapeAttr('say "hi"\tand\nbye')).toBe("say &quot;hi&quot;&#9;and&#10;bye");
  });

  it("drops characters XML cannot hold (cell text keeps them through Excel's escape)", () => {
    expect(escapeText("a\u0000b\u0007c\uffff")).toBe("abc");
    expect(escapeAttr("prompt\u0001")).toBe("prompt");
    expect(escapeText(excelEscape("a\u0007"))).toBe("a_x0007_");
  });

  it("resolves named, decimal and hex references and leaves unknown ones", () => {
    expect(decodeEntities("&lt;&gt;&amp;&quot;&apos; &#65;&#x42; &nbsp;")).toBe("<>&\"' AB &nbsp;");
  });

  it("writes control characters as Excel's _xHHHH_ and keeps a literal _xHHHH_ by escaping its underscore", () => {
    expect(excelEscape("bell\u0007")).toBe("bell_x0007_");
    expect(excelEscape("code _x0041_ here")).toBe("code _x005F_x0041_ here");
    expect(excelEscape("plain text")).toBe("plain text");
    for (const text of ["bell\u0007", "code _x0041_ here", "_x005F_", "a\u0001b\u001fc"]) {
      expect(excelUnescape(excelEscape(text))).toBe(text);
    }
    // What Excel writes for the CR of a line break typed in a cell.
    expect(excelUnescape("one_x000D_\ntwo")).toBe("one\r\ntwo");
  });
});

describe("parseXml", () => {
  it("reads elements by local name, attributes, text with entities and CDATA, skipping comments", () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- note --><x:root xmlns:x="urn:x" a="1 &amp; 2" b=\'>\'>' +
        "<x:item id='7'>A &lt; B</x:item><item><![CDATA[<raw>]]></item><empty/></x:root>",
    );
    expect(root.name).toBe("root");
    expect(root.attrs).toEqual({ "xmlns:x": "urn:x", a: "1 & 2", b: ">" });
    expect(childrenOf(root, "item").map((i) => i.text)).toEqual(["A < B", "<raw>"]);
    expect(attrOf(childOf(root, "item"), "id")).toBe("7");
    expect(childOf(root, "empty")?.children).toEqual([]);
  });

  it("finds prefixed attributes by local name", () => {
    const sheet = parseXml('<sheet name="Claims" sheetId="3" r:id="rId3"/>');
    expect(attrOf(sheet, "id")).toBe("rId3");
    expect(attrOf(sheet, "sheetId")).toBe("3");
  });

  it("refuses XML that is not well formed", () => {
    expect(() => parseXml("<a><b></a>")).toThrow("unexpected XML end tag </a>");
    expect(() => parseXml("<a><b>")).toThrow("is not closed");
    expect(() => parseXml("")).toThrow("the XML part is empty");
  });
});
