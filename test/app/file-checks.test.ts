import ExcelJS from "exceljs";
import { checkFileSize, checkXlsxBytes, MAX_XLSX_BYTES, MESSAGES } from "../../src/app/xlsx/file-checks";
import { readZipDirectory } from "../../src/app/xlsx/zip/zip-directory";

let xlsx: Uint8Array;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").getCell("A1").value = 1;
  xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
});

/** A minimal stored (uncompressed) zip holding the named empty files, built by hand. */
function zipOf(names: string[], flags = 0): Uint8Array {
  const encoder = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
  for (const name of names) {
    const bytes = [...encoder.encode(name)];
    const offset = locals.length;
    locals.push(...u32(0x04034b50), ...u16(20), ...u16(flags), ...u16(0), ...u32(0), ...u32(0), ...u32(0));
    locals.push(...u32(0), ...u16(bytes.length), ...u16(0), ...bytes);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(flags), ...u16(0), ...u32(0), ...u32(0));
    central.push(...u32(0), ...u32(0), ...u16(bytes.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0));
    central.push(...u32(0), ...u32(offset), ...bytes);
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(names.length), ...u16(names.length)];
  end.push(...u32(central.length), ...u32(locals.length), ...u16(0));
  return new Uint8Array([...locals, ...central, ...end]);
}

describe("checkFileSize (before reading)", () => {
  it("refuses files over 50 MB and empty files, accepts the rest", () => {
    expect(checkFileSize("big.xlsx", 50 * 1024 * 1024 + 1)).toEqual({
      ok: false,
      message: MESSAGES.tooLarge("big.xlsx", 50 * 1024 * 1024 + 1),
    });
    expect(MESSAGES.tooLarge("big.xlsx", 60 * 1024 * 1024)).toContain("60.0 MB");
    expect(checkFileSize("ok.xlsx", MAX_XLSX_BYTES)).toEqual({ ok: true });
    expect(checkFileSize("empty.xlsx", 0)).toEqual({ ok: false, message: MESSAGES.empty("empty.xlsx") });
  });
});

describe("checkXlsxBytes", () => {
  it("accepts a workbook written by exceljs", () => {
    expect(checkXlsxBytes("book.xlsx", xlsx)).toEqual({ ok: true });
  });

  it("says a password-protected workbook (OLE compound file) needs its password removed", () => {
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const check = checkXlsxBytes("secret.xlsx", cfb);
    expect(check).toEqual({
      ok: false,
      message:
        "This workbook is password-protected (or an old .xls). Remove the password in Excel and save as .xlsx.",
    });
  });

  it("says a text file or an image is not an Excel workbook", () => {
    const text = new TextEncoder().encode("Claim ID,Paid\nCLM1,20\n");
    expect(checkXlsxBytes("claims.csv", text)).toEqual({
      ok: false,
      message: MESSAGES.notXlsx("claims.csv"),
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(checkXlsxBytes("logo.png", png).ok).toBe(false);
  });

  it("says a cut-short .xlsx is damaged", () => {
    const cut = xlsx.slice(0, Math.floor(xlsx.length / 2));
    const check = checkXlsxBytes("cut.xlsx", cut);
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.message).toMatch(/^"cut.xlsx" looks like an .xlsx but is damaged \(the end of the zip/);
  });

  it("says a zip without xl/workbook.xml (a Word file) holds no workbook", () => {
    const docx = zipOf(["[Content_Types].xml", "word/document.xml"]);
    expect(checkXlsxBytes("letter.docx", docx)).toEqual({
      ok: false,
      message: MESSAGES.notWorkbookZip("letter.docx"),
    });
  });

  it("says a zip with encrypted entries is not a workbook", () => {
    const encrypted = zipOf(["xl/workbook.xml"], 1);
    expect(checkXlsxBytes("locked.zip", encrypted)).toEqual({
      ok: false,
      message: MESSAGES.zipEncrypted("locked.zip"),
    });
  });
});

describe("readZipDirectory", () => {
  it("lists the entries of a real .xlsx", () => {
    const directory = readZipDirectory(xlsx);
    expect(directory.ok).toBe(true);
    if (directory.ok) {
      const names = directory.entries.map((e) => e.name);
      expect(names).toEqual(
        expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]),
      );
    }
  });

  it("reports a directory whose entries are overwritten", () => {
    const broken = zipOf(["a.xml", "b.xml"]);
    // The second central-directory signature (after a 35-byte local header + 5-byte name each) is zeroed.
    const view = new DataView(broken.buffer);
    let second = -1;
    for (let i = broken.length - 22; i > 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        second = i;
        break;
      }
    }
    broken.fill(0, second, second + 4);
    expect(readZipDirectory(broken)).toEqual({ ok: false, reason: "zip directory entry 2 of 2 is damaged" });
  });
});
