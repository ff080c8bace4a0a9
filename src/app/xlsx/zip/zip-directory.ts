/**
 * Reads the central directory of a zip file (an .xlsx is one) without unpacking it: enough to tell a
 * damaged or encrypted zip and a zip that is not a workbook from an .xlsx, and where each entry's
 * data is (zip-reader.ts unpacks them).
 */

export interface ZipEntry {
  readonly name: string;
  /** General-purpose flag bit 0: the entry is encrypted (zip-level password). */
  readonly encrypted: boolean;
  /** 0 stored, 8 deflated (the only two an .xlsx uses). */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the entry's local header starts. */
  readonly localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Lists a zip's entries from its central directory; { ok: false } when the directory is missing or broken. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0)
    return { ok: false, reason: "the end of the zip directory is missing (the file is cut short)" };
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (offset + size > end) return { ok: false, reason: "the zip directory points outside the file" };
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      return { ok: false, reason: `zip directory entry ${i + 1} of ${count} is damaged` };
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      encrypted: (flags & 1) === 1,
      method,
      crc,
      compressedSize,
      size: uncompressedSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** Offset of the end-of-central-directory record, searching back over a possible comment; -1 if none. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
