/**
 * Opening and saving .xlsx files in the browser. Opening checks the file first (size, type, damage) and
 * builds the new workbook completely before anything replaces the open one, so a bad file changes nothing.
 */
import type { ExcelHost } from "../host";
import { createAppHost } from "./app-host";
import { checkFileSize, checkXlsxBytes, MESSAGES } from "./xlsx/file-checks";
import { readXlsx } from "./xlsx/read-xlsx";
import { writeXlsx } from "./xlsx/write-xlsx";

/** A problem with the user's file, with the message to show as is. */
export class FileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileProblem";
  }
}

/** What a File gives (a File in the browser; tests pass a plain object). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface OpenedWorkbook {
  readonly host: ExcelHost;
  readonly notes: readonly string[];
}

export async function openWorkbookFile(file: FileLike): Promise<OpenedWorkbook> {
  const size = checkFileSize(file.name, file.size);
  if (!size.ok) throw new FileProblem(size.message);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkXlsxBytes(file.name, bytes);
  if (!check.ok) throw new FileProblem(check.message);
  try {
    const { model, notes } = await readXlsx(bytes);
    return { host: createAppHost(model), notes };
  } catch (error) {
    throw new FileProblem(MESSAGES.corrupt(file.name, readerReason(error)));
  }
}

/**
 * The reader's own errors say what is wrong with the file in plain words; anything else (a TypeError
 * from inside a parser) is no help to the user and is logged for us instead.
 */
function readerReason(error: unknown): string {
  if (error instanceof Error && error.constructor === Error && error.message !== "") return error.message;
  console.error("Unexpected error while reading a workbook", error);
  return "its contents are not laid out the way Excel writes them";
}

/** "Claims 2025" -> "Claims 2025.xlsx"; other extensions are replaced. */
export function xlsxFileName(name: string): string {
  const base = name.replace(/\.(xlsx|xlsm|xls|csv)$/i, "").trim() || "Practice Manager";
  return `${base}.xlsx`;
}

/** Writes the workbook and hands it to the browser as a download; returns what could not be saved. */
export async function saveWorkbookFile(host: ExcelHost, fileName: string): Promise<readonly string[]> {
  const { bytes, notes } = await writeXlsx(host.workbook);
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = xlsxFileName(fileName);
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; free the blob a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return notes;
}
