/**
 * What a zip may hold before anything is unpacked, judged from its central directory alone (so a
 * hostile file is refused at once, in a few milliseconds and without memory): no two entries with the
 * same name, a total unpacked size the app can hold, and no entry packed tighter than real workbooks
 * ever are (a "zip bomb": a small file that unpacks to gigabytes). The sizes the directory declares are
 * then enforced while unpacking (deflate.ts), so a directory that lies cannot get past them.
 */
import type { ZipEntry } from "./zip-directory";

/**
 * Unpacked size of all parts together. The Large sample (100,000 claim lines, a 19.5 MB file) unpacks
 * to 173 MB; the app holds each XML part as text (two bytes a character) while reading it.
 */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;

/**
 * Packing ratio (unpacked / packed) no entry of a workbook needs: Excel's XML packs about 5 to 20 to 1
 * (the Large sample's tightest part: 12 to 1); deflate's ceiling, reached by bombs, is about 1,000 to 1.
 */
export const MAX_PACKING_RATIO = 100;

/** Entries smaller than this are not judged by their ratio: they cannot exhaust memory whatever it is. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** ZIP64 marks sizes with 0xFFFFFFFF; .xlsx files the app can open never need ZIP64. */
const ZIP64_MARK = 0xffffffff;

/** "455 KB", "450 MB", "2.0 GB". */
export function sizeText(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1024) return `${(mb / 1024).toFixed(1)} GB`;
  if (mb >= 1) return `${Math.round(mb).toLocaleString("en-US")} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en-US")} KB`;
}

/** Why a zip is not unpacked: damaged (it contradicts itself) or refused (too large to hold). */
export interface ZipLimitProblem {
  readonly damaged: boolean;
  readonly reason: string;
}

/** The directory's entries keyed the way parts are looked up: without a leading "/", case-insensitive. */
export function partKey(name: string): string {
  return name.replace(/^\//, "").toLowerCase();
}

/** Why the zip must not be unpacked, in plain words; undefined when it may be. */
export function zipLimitProblem(entries: readonly ZipEntry[]): ZipLimitProblem | undefined {
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const key = partKey(entry.name);
    if (seen.has(key)) {
      const name = entry.name.replace(/^\//, "");
      return { damaged: true, reason: `it holds two parts named ${name}; which one is meant cannot be told` };
    }
    seen.add(key);
    if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) {
      return { damaged: false, reason: "it has parts over 4 GB (ZIP64), far more than the app can hold" };
    }
    total += entry.size;
    if (entry.size >= RATIO_FLOOR_BYTES && entry.size > entry.compressedSize * MAX_PACKING_RATIO) {
      const ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
      const reason =
        `its part ${entry.name} unpacks from ${sizeText(entry.compressedSize)} to ` +
        `${sizeText(entry.size)} (${ratio.toLocaleString("en-US")} to 1), far tighter than any workbook ` +
        `packs: it looks built to exhaust memory (a "zip bomb")`;
      return { damaged: false, reason };
    }
  }
  if (total > MAX_UNPACKED_BYTES) {
    const reason =
      `it unpacks to ${sizeText(total)}; the standalone app opens workbooks that unpack to at most ` +
      sizeText(MAX_UNPACKED_BYTES);
    return { damaged: false, reason };
  }
  return undefined;
}
