/**
 * Saving and opening a large workbook lets the page run (issue 12): the sheet parts, the shared strings,
 * the compressor and the decompressor all work in steps with a pause between them,
 * and what they produce is what they produced in one go.
 */
import { SharedStringsPart } from "../../../src/app/xlsx/write/shared-strings-part";
import { writeXlsx } from "../../../src/app/xlsx/write-xlsx";
import { deflateRaw, inflateRaw } from "../../../src/app/xlsx/zip/deflate";
import { ZipReader } from "../../../src/app/xlsx/zip/zip-reader";
import { ZipWriter } from "../../../src/app/xlsx/zip/zip-writer";
import { createExcelHost } from "../../../src/host";

const text = (s: string) => new TextEncoder().encode(s);
const decode = (chunks: readonly Uint8Array[]) => chunks.map((c) => new TextDecoder().decode(c)).join("");

function counter(): { pause: () => Promise<void>; readonly count: number } {
  let count = 0;
  return {
    pause: () => {
      count++;
      return Promise.resolve();
    },
    get count() {
      return count;
    },
  };
}

describe("the compressor in steps", () => {
  it("pauses before each chunk and packs the same bytes as the one-go compressor unpacks", async () => {
    const chunks = Array.from({ length: 12 }, (_, i) =>
      text(`<row r="${i}">${"<c><v>1</v></c>".repeat(5000)}</row>`),
    );
    const size = chunks.reduce((n, c) => n + c.byteLength, 0);
    const pauses = counter();
    const stepped = await deflateRaw(chunks, pauses.pause);
    expect(pauses.count).toBe(12);
    const once = await deflateRaw(chunks);
    expect(decode([await inflateRaw(stepped, size, "stepped")])).toBe(decode(chunks));
    expect(decode([await inflateRaw(once, size, "once")])).toBe(decode(chunks));
  });
});

describe("the shared strings part in steps", () => {
  it("pauses every few thousand strings and writes the same part", async () => {
    const part = new SharedStringsPart();
    for (let i = 0; i < 20_000; i++) part.of(i % 3 === 0 ? ` edge ${i}` : `text & <${i}>`);
    const pauses = counter();
    const stepped = decode(await part.render(pauses.pause));
    expect(pauses.count).toBeGreaterThanOrEqual(4);
    expect(stepped).toBe(decode(await part.render()));
    expect(stepped).toContain('uniqueCount="20000"');
    expect(stepped).toContain('<si><t xml:space="preserve"> edge 3</t></si>');
  });
});

describe("saving a sheet of 20,000 rows", () => {
  it("lets timers run many times while it writes, and the <dimension> is the used range", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const rows = Array.from({ length: 20_000 }, (_, r) => [`Claim ${r}`, r * 1.5, r % 7 === 0 ? "" : "x"]);
      sheet.getRange("B3:D20002").values = rows;
      // A formatted but empty cell beyond the values counts in Excel's used range.
      sheet.getRange("F20005").format.fill.color = "#FFFF00";
      await context.sync();
    });
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const { bytes } = await writeXlsx(host.workbook);
    ticking = false;
    expect(ticks).toBeGreaterThan(3);
    const sheetXml = await new ZipReader(bytes).textOf("xl/worksheets/sheet1.xml");
    const used = host.workbook.usedRange("Sheet1");
    expect(used).toBe("Sheet1!B3:F20005");
    expect(sheetXml).toContain('<dimension ref="B3:F20005"/>');
    expect(sheetXml.indexOf("<dimension")).toBeLessThan(sheetXml.indexOf("<sheetData>"));
  });
});

describe("opening: a large part is unpacked in steps", () => {
  it("pauses while unpacking, and the text is the same", async () => {
    // Varied numbers, so it packs like a real sheet (a far tighter ratio is refused as a zip bomb).
    const cells = Array.from({ length: 200_000 }, (_, i) => `<c><v>${(i * 7919) % 100_003}é€</v></c>`);
    const xml = `<sheetData>${cells.join("")}</sheetData>`;
    const zip = new ZipWriter();
    zip.addText("xl/worksheets/sheet1.xml", xml);
    const reader = new ZipReader(await zip.finish());
    const pauses = counter();
    expect(await reader.textOf("xl/worksheets/sheet1.xml", pauses.pause)).toBe(xml);
    expect(pauses.count).toBeGreaterThan(4);
    expect(await reader.textOf("xl/worksheets/sheet1.xml")).toBe(xml);
  });
});
