/**
 * A large worksheet part keeps its cells as bytes and decodes them a piece at a time (issue 12: decoding
 * the Large sample's 59 MB claim lines part in one go held the page for 100-400 ms). The pieces must be
 * the text exactly, cut only where a row starts, with characters of several UTF-8 bytes intact.
 */
import { readSheetPart, sheetDataPieces } from "../../../src/app/xlsx/read/sheet-part";
import { ZipReader } from "../../../src/app/xlsx/zip/zip-reader";
import { ZipWriter } from "../../../src/app/xlsx/zip/zip-writer";

const encode = (text: string) => new TextEncoder().encode(text);
const noPause = () => Promise.resolve();

/** Rows with text of 2-, 3- and 4-byte UTF-8 characters, so piece boundaries fall inside them. */
const ROWS = Array.from(
  { length: 12 },
  (_, i) =>
    `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Zoë 東京 ${i} 🙂</t></is></c>` +
    `<c r="B${i + 1}"><v>${i * 1.5}</v></c></row>`,
).join("");

describe("sheetDataPieces", () => {
  it.each([1, 2, 3, 5, 17, 64, 1000, 100_000])(
    "pieces of %i bytes join to the text, each starting where a row starts",
    (size) => {
      const pieces = [...sheetDataPieces(encode(ROWS), "sheet1.xml", size)];
      expect(pieces.join("")).toBe(ROWS);
      for (const piece of pieces) expect(piece.startsWith("<row ")).toBe(true);
      // Whole rows: every piece ends just before a row starts or at the end.
      for (const piece of pieces) expect(piece.endsWith("</row>")).toBe(true);
      if (size < ROWS.length / 2) expect(pieces.length).toBeGreaterThan(1);
    },
  );

  it("does not cut inside a comment that mentions a row", () => {
    const text = `<row r="1"><c r="A1"><v>1</v></c></row><!-- <row r="9"> --><row r="2"><c r="A2"><v>2</v></c></row>`;
    const pieces = [...sheetDataPieces(encode(text), "sheet1.xml", 50)];
    expect(pieces.join("")).toBe(text);
    for (const piece of pieces) expect(piece.startsWith("<!--")).toBe(false);
    expect(pieces.some((piece) => piece.startsWith('<row r="9">'))).toBe(false);
  });

  it("refuses a DOCTYPE in any piece", () => {
    const text = `${ROWS}<!DOCTYPE x [<!ENTITY a "aaaa">]>${ROWS}`;
    expect(() => [...sheetDataPieces(encode(text), "xl/worksheets/sheet1.xml", 64)]).toThrow(
      /xl\/worksheets\/sheet1\.xml declares a DOCTYPE/,
    );
  });
});

describe("readSheetPart", () => {
  const sheet = (cells: string) =>
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${cells}</sheetData>` +
    `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

  async function zipOf(xml: string): Promise<ZipReader> {
    const zip = new ZipWriter();
    zip.addText("xl/worksheets/sheet1.xml", xml);
    return new ZipReader(await zip.finish());
  }

  it("a large part keeps its cells as bytes; the rest is text with an empty sheetData", async () => {
    const zip = await zipOf(sheet(ROWS));
    const part = await readSheetPart(zip, "xl/worksheets/sheet1.xml", noPause, { splitAbove: 10 });
    expect(part.cells && new TextDecoder().decode(part.cells)).toBe(ROWS);
    expect(part.xml).not.toContain("<row");
    expect(part.xml).toContain('<mergeCell ref="A1:B1"/>');
    const { sheetData } = part.regions;
    expect(sheetData && part.xml.slice(sheetData.innerStart, sheetData.innerEnd)).toBe("");
  });

  it("a small part is read whole, as before", async () => {
    const xml = sheet(ROWS);
    const part = await readSheetPart(await zipOf(xml), "xl/worksheets/sheet1.xml", noPause);
    expect(part.cells).toBeUndefined();
    expect(part.xml).toBe(xml);
  });

  it("a large part without cells (<sheetData/>) is read whole", async () => {
    const xml = sheet("").replace("<sheetData></sheetData>", "<sheetData/>");
    const part = await readSheetPart(await zipOf(xml), "xl/worksheets/sheet1.xml", noPause, {
      splitAbove: 10,
    });
    expect(part.cells).toBeUndefined();
    expect(part.xml).toBe(xml);
  });

  it("a DOCTYPE before the cells of a large part is refused", async () => {
    const xml = `<!DOCTYPE w [<!ENTITY a "a">]>${sheet(ROWS)}`;
    const zip = await zipOf(xml);
    await expect(readSheetPart(zip, "xl/worksheets/sheet1.xml", noPause, { splitAbove: 10 })).rejects.toThrow(
      /declares a DOCTYPE/,
    );
  });
});
