/**
 * Checks a file before it replaces the open workbook: size, then what its first bytes say it is, then
 * whether its zip directory is intact, within the unpacking limits (zip-limits.ts) and holds a workbook. Pure, so every message is tested in jest.
 */
import { readZipDirectory } from "./zip/zip-directory";
import { zipLimitProblem } from "./zip/zip-limits";

/** Larger files are refused before they are read: the file and its unpacked XML are held in memory. */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

export type FileCheck = { ok: true } | { ok: false; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": a zip, as every .xlsx is
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // OLE compound file: encrypted or .xls

export const MESSAGES = {
  tooLarge: (name: string, bytes: number) =>
    `"${name}" is ${(bytes / (1024 * 1024)).toFixed(1)} MB; the standalone app opens workbooks up to 50 MB. ` +
    `Open it in Excel instead, or save a smaller copy.`,
  empty: (name: string) => `"${name}" is empty (0 bytes): it is not an Excel workbook.`,
  passwordProtected:
    "This workbook is password-protected (or an old .xls). Remove the password in Excel and save as .xlsx.",
  notXlsx: (name: string) =>
    `"${name}" is not an Excel workbook (.xlsx). Open a file saved by Excel as "Excel Workbook (*.xlsx)".`,
  corrupt: (name: string, reason: string) =>
    `"${name}" looks like an .xlsx but is damaged (${reason}). Open it in Excel to repair it, then save it again.`,
  zipEncrypted: (name: string) =>
    `"${name}" is an encrypted zip, not an Excel workbook. Remove the password, then save as .xlsx.`,
  refused: (name: string, reason: string) =>
    `"${name}" was not opened: ${reason}. If it is a real workbook, open it in Excel instead.`,
  notWorkbookZip: (name: string) =>
    `"${name}" is a zip file but holds no Excel workbook (no xl/workbook.xml). Is it a Word or PowerPoint file?`,
} as const;

/** Before reading: only the size is known. */
export function checkFileSize(name: string, bytes: number): FileCheck {
  if (bytes > MAX_XLSX_BYTES) return { ok: false, message: MESSAGES.tooLarge(name, bytes) };
  if (bytes === 0) return { ok: false, message: MESSAGES.empty(name) };
  return { ok: true };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** After reading: the bytes must be an intact zip that holds xl/workbook.xml. */
export function checkXlsxBytes(name: string, bytes: Uint8Array): FileCheck {
  const size = checkFileSize(name, bytes.byteLength);
  if (!size.ok) return size;
  if (startsWith(bytes, CFB_MAGIC)) return { ok: false, message: MESSAGES.passwordProtected };
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, message: MESSAGES.notXlsx(name) };
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return { ok: false, message: MESSAGES.corrupt(name, directory.reason) };
  if (directory.entries.some((e) => e.encrypted)) return { ok: false, message: MESSAGES.zipEncrypted(name) };
  const limit = zipLimitProblem(directory.entries);
  if (limit) {
    const message = limit.damaged
      ? MESSAGES.corrupt(name, limit.reason)
      : MESSAGES.refused(name, limit.reason);
    return { ok: false, message };
  }
  const names = new Set(directory.entries.map((e) => e.name.replace(/^\//, "")));
  if (!names.has("xl/workbook.xml")) return { ok: false, message: MESSAGES.notWorkbookZip(name) };
  return { ok: true };
}
