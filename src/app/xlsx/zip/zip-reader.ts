/** Unpacks the entries of a zip (an .xlsx) from its central directory. */
import { inflateRaw } from "./deflate";
import { readZipDirectory, type ZipEntry } from "./zip-directory";
import { zipLimitProblem } from "./zip-limits";

const LOCAL_HEADER = 0x04034b50;
const DOCTYPE = /<!DOCTYPE/i;

/** An entry's data as it is in the file (compressed or not), to copy into another zip unchanged. */
export interface RawZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

/**
 * `text` (XML of the part `name`, or a piece of it), unless it has a DOCTYPE: Excel never writes one,
 * and it is how XML hides entity expansion ("billion laughs") and external entities.
 */
export function refuseDoctype(text: string, name: string): string {
  if (DOCTYPE.test(text)) {
    throw new Error(
      `its part ${name} declares a DOCTYPE, which Excel never writes (it can hide entity tricks)`,
    );
  }
  return text;
}

export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Uint8Array) {
    const directory = readZipDirectory(bytes);
    if (!directory.ok) throw new Error(directory.reason);
    // Checked here too, not only by checkXlsxBytes: nothing is unpacked from a zip over the limits.
    const problem = zipLimitProblem(directory.entries);
    if (problem) throw new Error(problem.reason);
    // Some writers start names with "/"; parts are looked up without it.
    for (const entry of directory.entries) {
      if (!entry.name.endsWith("/")) this.entries.set(entry.name.replace(/^\//, ""), entry);
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's stored data (compressed as in the file). */
  raw(name: string): RawZipEntry {
    const entry = this.require(name);
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) {
      throw new Error(`the zip entry ${name} is damaged`);
    }
    // The local header's name and extra field lengths may differ from the directory's.
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > this.bytes.byteLength) {
      throw new Error(`the zip entry ${name} is cut short`);
    }
    return {
      name,
      method: entry.method,
      crc: entry.crc,
      size: entry.size,
      data: this.bytes.subarray(start, start + entry.compressedSize),
    };
  }

  /** The entry's content, unpacked. */
  async bytesOf(name: string, pause?: () => Promise<void>): Promise<Uint8Array> {
    const { method, data, size } = this.raw(name);
    if (method === 0) {
      if (data.byteLength !== size)
        throw new Error(`the part ${name} is not the size its zip directory declares`);
      return data;
    }
    if (method === 8) return inflateRaw(data, size, name, pause);
    throw new Error(`the zip entry ${name} uses compression method ${method}, which is not supported`);
  }

  /**
   * The entry's content as UTF-8 text (every XML part of an .xlsx). A part with a DOCTYPE is refused:
   * Excel never writes one, and it is how XML hides entity expansion ("billion laughs") and external
   * entities.
   */
  async textOf(name: string, pause?: () => Promise<void>): Promise<string> {
    // Unpacked with pauses, decoded in one go: for the parts that are large, the worksheets, see
    // read/sheet-part.ts, which decodes their cells a piece at a time instead.
    return refuseDoctype(new TextDecoder().decode(await this.bytesOf(name, pause)), name);
  }

  private require(name: string): ZipEntry {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`the zip has no entry ${name}`);
    return entry;
  }
}
