/**
 * Hostile .xlsx files, as a careless or malicious sender would make them (issue 12), each built here
 * from a small saved workbook: each is refused with a plain-words reason, fast, before anything large
 * is unpacked, and the workbook the user had open is untouched (openWorkbookFile throws FileProblem).
 */
import { deflateRawSync } from "node:zlib";
import { FileProblem, openWorkbookFile } from "../../../src/app/workbook-files";
import { checkXlsxBytes } from "../../../src/app/xlsx/file-checks";
import { readXlsx } from "../../../src/app/xlsx/read-xlsx";
import { writeXlsx } from "../../../src/app/xlsx/write-xlsx";
import { crc32 } from "../../../src/app/xlsx/zip/crc32";
import { MAX_UNPACKED_BYTES } from "../../../src/app/xlsx/zip/zip-limits";
import { ZipReader, type RawZipEntry } from "../../../src/app/xlsx/zip/zip-reader";
import { ZipWriter } from "../../../src/app/xlsx/zip/zip-writer";
import { createExcelHost } from "../../../src/host";

const MB = 1024 * 1024;
let good: Uint8Array;

beforeAll(async () => {
  const host = createExcelHost();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B4").values = [
      ["Name", "Amount"],
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ];
    sheet.tables.add("A1:B4", true).name = "Claims";
    await context.sync();
  });
  good = (await writeXlsx(host.workbook)).bytes;
});

type Change = string | RawZipEntry | undefined;

/** The good package with parts replaced (text or a raw entry), left out (undefined) or added. */
async function edited(changes: Record<string, Change>, extra: RawZipEntry[] = []): Promise<Uint8Array> {
  const source = new ZipReader(good);
  const zip = new ZipWriter();
  for (const name of source.names()) {
    if (!(name in changes)) zip.addRaw(source.raw(name));
    else {
      const change = changes[name];
      if (typeof change === "string") zip.addText(name, change);
      else if (change !== undefined) zip.addRaw(change);
    }
  }
  for (const entry of extra) zip.addRaw(entry);
  return zip.finish();
}

async function part(name: string): Promise<string> {
  return new ZipReader(good).textOf(name);
}

/** A deflated entry whose directory says what `size` says (the truth unless a test lies). */
function deflated(name: string, content: Uint8Array, size = content.byteLength): RawZipEntry {
  return { name, method: 8, crc: crc32(content), size, data: deflateRawSync(content) };
}

async function openProblem(bytes: Uint8Array, name = "hostile.xlsx"): Promise<string> {
  const file = {
    name,
    size: bytes.byteLength,
    arrayBuffer: () =>
      Promise.resolve(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      ),
  };
  try {
    await openWorkbookFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(FileProblem);
    return (error as Error).message;
  }
  throw new Error("the file was opened");
}

describe("references outside A1:XFD1048576 are refused", () => {
  it.each(["ZZZZZZ5", "XFE5", "A2000000"])("a cell at %s", async (ref) => {
    const sheet = (await part("xl/worksheets/sheet1.xml")).replace('r="B4"', `r="${ref}"`);
    const message = await openProblem(await edited({ "xl/worksheets/sheet1.xml": sheet }));
    expect(message).toContain(`it has a cell at ${ref}, outside Excel's grid (A1:XFD1048576)`);
  });

  it("a row numbered past 1,048,576, and a cell pushed past XFD by cells without references", async () => {
    const sheet = await part("xl/worksheets/sheet1.xml");
    const farRow = sheet.replace('<row r="4"', '<row r="1048577"').replace(/r="([AB])4"/g, 'r="$11048577"');
    expect(await openProblem(await edited({ "xl/worksheets/sheet1.xml": farRow }))).toContain(
      "outside Excel's grid",
    );
    const unnumbered = "<c><v>1</v></c>".repeat(16_385);
    const wide = sheet.replace(/<row r="4".*?<\/row>/, `<row r="4">${unnumbered}</row>`);
    expect(await openProblem(await edited({ "xl/worksheets/sheet1.xml": wide }))).toContain(
      "it has a cell at XFE4, outside Excel's grid",
    );
  });

  it("a table whose range is outside the grid", async () => {
    const table = (await part("xl/tables/table1.xml")).replace(/ref="A1:B4"/g, 'ref="A1:XFE4"');
    expect(await openProblem(await edited({ "xl/tables/table1.xml": table }))).toContain(
      "its table Claims on Sheet1 has the range A1:XFE4, outside Excel's grid",
    );
  });
});

describe("zip bombs are refused from the zip directory, before anything is unpacked", () => {
  it("a part packed 1,000 to 1 (10 MB of zeros in 10 KB) is refused as a zip bomb", async () => {
    const bomb = deflated("xl/worksheets/sheet2.xml", new Uint8Array(10 * MB));
    const bytes = await edited({}, [bomb]);
    expect(bytes.byteLength).toBeLessThan(100_000);
    const started = performance.now();
    const message = await openProblem(bytes, "bomb.xlsx");
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(message).toMatch(/^"bomb.xlsx" was not opened: its part xl\/worksheets\/sheet2.xml unpacks from /);
    expect(message).toContain('(a "zip bomb")');
  });

  it("a 2 MB file whose directory says it unpacks to 2 GB is refused without unpacking", async () => {
    const data = new Uint8Array(2 * MB); // never unpacked: the directory alone decides
    const bomb: RawZipEntry = { name: "xl/media/image1.png", method: 8, crc: 0, size: 2048 * MB, data };
    const check = checkXlsxBytes("big.xlsx", await edited({}, [bomb]));
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain("unpacks from 2 MB to 2.0 GB");
  });

  it("parts packed like real XML but unpacking to more than the app holds in total are refused", async () => {
    // Five parts of 100 MB, each packed 50 to 1 (within the ratio a real workbook can reach).
    const parts = [1, 2, 3, 4, 5].map((n) => ({
      name: `xl/worksheets/sheet${n + 1}.xml`,
      method: 8,
      crc: 0,
      size: 100 * MB,
      data: new Uint8Array(2 * MB),
    }));
    const check = checkXlsxBytes("huge.xlsx", await edited({}, parts));
    expect(MAX_UNPACKED_BYTES).toBeLessThan(500 * MB);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain(
      "it unpacks to 500 MB; the standalone app opens workbooks that unpack to at most 400 MB",
    );
  });

  it("a part that unpacks to more than its directory declares is stopped at the declared size", async () => {
    const sheet = new TextEncoder().encode(await part("xl/worksheets/sheet1.xml"));
    const padded = new Uint8Array(sheet.byteLength + 5 * MB);
    padded.set(sheet);
    const liar = deflated("xl/worksheets/sheet1.xml", padded, sheet.byteLength);
    const message = await openProblem(await edited({ "xl/worksheets/sheet1.xml": liar }));
    expect(message).toContain("the part xl/worksheets/sheet1.xml unpacks to more than the");
  });

  it("pictures (xl/media) are never unpacked, and are counted from the drawing", async () => {
    const sheet = (await part("xl/worksheets/sheet1.xml")).replace(
      "</worksheet>",
      '<drawing r:id="rId9"/></worksheet>',
    );
    const rels = (await part("xl/worksheets/_rels/sheet1.xml.rels")).replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
    );
    const drawing =
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">' +
      "<xdr:oneCellAnchor><xdr:pic><xdr:nvPicPr/></xdr:pic></xdr:oneCellAnchor>" +
      "<xdr:oneCellAnchor><xdr:pic><xdr:nvPicPr/></xdr:pic></xdr:oneCellAnchor></xdr:wsDr>";
    // Not deflate data at all: unpacking it would fail, so opening proves it is never unpacked.
    const garbage: RawZipEntry = {
      name: "xl/media/image1.png",
      method: 8,
      crc: 0,
      size: 1000,
      data: new Uint8Array(100).fill(0xff),
    };
    const bytes = await edited(
      { "xl/worksheets/sheet1.xml": sheet, "xl/worksheets/_rels/sheet1.xml.rels": rels },
      [deflated("xl/drawings/drawing1.xml", new TextEncoder().encode(drawing)), garbage],
    );
    const { model, notes } = await readXlsx(bytes);
    expect(model.requireSheet("Sheet1").cells.get(3, 1).value).toBe(3);
    expect(notes).toContain("2 picture(s) on Sheet1 are not shown and not saved again.");
  });
});

describe("plain words, not parser internals", () => {
  it.each(["xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml"])(
    "a DOCTYPE in %s is refused (billion laughs)",
    async (name) => {
      const laughs =
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
      const text = (await part(name)).replace("?>", `?>${laughs}`);
      expect(await openProblem(await edited({ [name]: text }))).toContain(
        `its part ${name} declares a DOCTYPE, which Excel never writes`,
      );
    },
  );

  it("a workbook part that is not well-formed gives a sentence, not a parser's position", async () => {
    const workbook = (await part("xl/workbook.xml")).replace("</sheets>", "");
    const message = await openProblem(await edited({ "xl/workbook.xml": workbook }));
    expect(message).toContain("is damaged (unexpected XML end tag </workbook>)");
    expect(message).not.toMatch(/\d+:\d+|undefined|TypeError/);
  });

  it("a sheet linking to pictures, comments and links that are not in the file still opens", async () => {
    const sheet = (await part("xl/worksheets/sheet1.xml")).replace(
      "</worksheet>",
      '<drawing r:id="rId7"/><legacyDrawing r:id="rId8"/></worksheet>',
    );
    const withLinks = sheet.replace(
      "<pageMargins",
      '<hyperlinks><hyperlink ref="A1" r:id="rId6"/></hyperlinks><pageMargins',
    );
    const { model } = await readXlsx(await edited({ "xl/worksheets/sheet1.xml": withLinks }));
    expect(model.requireSheet("Sheet1").cells.get(1, 0).value).toBe("a");
  });
});

describe("contradictions are refused, not guessed", () => {
  it("a table declaring more total rows than it has", async () => {
    const table = (await part("xl/tables/table1.xml")).replace(
      'headerRowCount="1"',
      'headerRowCount="1" totalsRowCount="5"',
    );
    expect(await openProblem(await edited({ "xl/tables/table1.xml": table }))).toContain(
      "its table Claims on Sheet1 (A1:B4) is declared with 5 total row(s), which leaves it no data rows",
    );
  });

  it("a table whose range is written backwards", async () => {
    const table = (await part("xl/tables/table1.xml")).replace(/ref="A1:B4"/, 'ref="B4:A1"');
    expect(await openProblem(await edited({ "xl/tables/table1.xml": table }))).toContain(
      "its table Claims on Sheet1 has the range B4:A1, written backwards",
    );
  });

  it("two zip entries with the same name (either could be the workbook)", async () => {
    const copy = new ZipReader(good).raw("xl/workbook.xml");
    const message = await openProblem(await edited({}, [copy]));
    expect(message).toContain("it holds two parts named xl/workbook.xml; which one is meant cannot be told");
    const differentCase = { ...new ZipReader(good).raw("xl/styles.xml"), name: "XL/Styles.xml" };
    expect(checkXlsxBytes("case.xlsx", await edited({}, [differentCase])).ok).toBe(false);
  });
});
