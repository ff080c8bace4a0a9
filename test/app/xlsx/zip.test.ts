/** The zip layer under the .xlsx reader and writer: CRC-32, entries written and read back. */
import ExcelJS from "exceljs";
import { crc32 } from "../../../src/app/xlsx/zip/crc32";
import { ZipReader } from "../../../src/app/xlsx/zip/zip-reader";
import { ZipWriter } from "../../../src/app/xlsx/zip/zip-writer";

const text = (s: string) => new TextEncoder().encode(s);

describe("crc32", () => {
  it("gives the standard check value and the empty value", () => {
    // The CRC-32 check value of "123456789" in every CRC catalogue.
    expect(crc32(text("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("continues across chunks of any length", () => {
    const whole = text("The quick brown fox jumps over the lazy dog");
    expect(crc32(whole)).toBe(0x414fa339);
    for (const cut of [1, 3, 4, 5, 17]) {
      expect(crc32(whole.subarray(cut), crc32(whole.subarray(0, cut)))).toBe(0x414fa339);
    }
  });
});

describe("ZipWriter and ZipReader", () => {
  it("read back what was written, deflated, stored and in chunks, names with accents", async () => {
    const zip = new ZipWriter();
    const big = "<row>".repeat(50_000);
    zip.add("xl/big.xml", [text(big.slice(0, 70_001)), text(big.slice(70_001))]);
    zip.addText("stored.txt", "kept as is", true);
    zip.addText("dossier/été.xml", "<a>ü</a>");
    const bytes = await zip.finish();
    // Deflated: far smaller than the 250 kB of repeated tags.
    expect(bytes.byteLength).toBeLessThan(10_000);
    const reader = new ZipReader(bytes);
    expect(reader.names()).toEqual(["xl/big.xml", "stored.txt", "dossier/été.xml"]);
    expect(await reader.textOf("xl/big.xml")).toBe(big);
    expect(await reader.textOf("stored.txt")).toBe("kept as is");
    expect(reader.raw("stored.txt").method).toBe(0);
    expect(await reader.textOf("dossier/été.xml")).toBe("<a>ü</a>");
  });

  it("copies an entry unchanged (still compressed) into another zip", async () => {
    const first = new ZipWriter();
    first.addText("a.xml", "<a>" + "x".repeat(1000) + "</a>");
    const source = new ZipReader(await first.finish());
    const second = new ZipWriter();
    second.addRaw(source.raw("a.xml"));
    const copy = new ZipReader(await second.finish());
    expect(copy.raw("a.xml").data).toEqual(source.raw("a.xml").data);
    expect(await copy.textOf("a.xml")).toBe("<a>" + "x".repeat(1000) + "</a>");
  });

  it("writes zips another reader (exceljs, through JSZip) opens", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "from exceljs";
    const original = new ZipReader(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const zip = new ZipWriter();
    for (const name of original.names()) zip.add(name, [await original.bytesOf(name)]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(await zip.finish()) as unknown as ArrayBuffer);
    expect(again.getWorksheet("Sheet1")?.getCell("A1").value).toBe("from exceljs");
  });

  it("says which entry is missing or damaged", async () => {
    const zip = new ZipWriter();
    zip.addText("a.xml", "<a/>");
    const bytes = await zip.finish();
    const reader = new ZipReader(bytes);
    expect(() => reader.raw("b.xml")).toThrow("the zip has no entry b.xml");
    const broken = bytes.slice();
    broken[0] = 0; // the local header's signature
    await expect(new ZipReader(broken).textOf("a.xml")).rejects.toThrow("the zip entry a.xml is damaged");
  });
});
