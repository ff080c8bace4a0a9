/** Damaged packages are refused with a reason (the app shows it as "damaged (reason)"), never half read. */
import { readXlsx } from "../../../src/app/xlsx/read-xlsx";
import { writeXlsx } from "../../../src/app/xlsx/write-xlsx";
import { ZipReader } from "../../../src/app/xlsx/zip/zip-reader";
import { ZipWriter } from "../../../src/app/xlsx/zip/zip-writer";
import { createExcelHost } from "../../../src/host";

async function savedWorkbook(): Promise<Uint8Array> {
  const host = createExcelHost();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B200").values = Array.from({ length: 200 }, (_, i) => [`row ${i}`, i]);
    await context.sync();
  });
  return (await writeXlsx(host.workbook)).bytes;
}

/** The same package with one part replaced (or left out when `text` is undefined). */
async function withPart(bytes: Uint8Array, name: string, text: string | undefined): Promise<Uint8Array> {
  const source = new ZipReader(bytes);
  const zip = new ZipWriter();
  for (const entry of source.names()) {
    if (entry !== name) zip.addRaw(source.raw(entry));
    else if (text !== undefined) zip.addText(entry, text);
  }
  return zip.finish();
}

describe("reading a damaged package", () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await savedWorkbook();
  });

  it("rejects compressed data that does not inflate", async () => {
    const bytes = good.slice();
    const { data } = new ZipReader(bytes).raw("xl/worksheets/sheet1.xml");
    const at = data.byteOffset + Math.floor(data.byteLength / 2);
    for (let i = 0; i < 64; i++) bytes[at + i] = 0xff;
    await expect(readXlsx(bytes)).rejects.toThrow(/./);
  });

  it("says when the workbook part is missing", async () => {
    await expect(readXlsx(await withPart(good, "xl/workbook.xml", undefined))).rejects.toThrow(
      "the file has no workbook part",
    );
  });

  it("says when a sheet's cells are cut short", async () => {
    const sheet = await new ZipReader(good).textOf("xl/worksheets/sheet1.xml");
    const cut = sheet.slice(0, sheet.indexOf('<c r="B100"') + 8) + "</sheetData></worksheet>";
    await expect(readXlsx(await withPart(good, "xl/worksheets/sheet1.xml", cut))).rejects.toThrow(
      "a cell tag is not closed",
    );
  });
});
