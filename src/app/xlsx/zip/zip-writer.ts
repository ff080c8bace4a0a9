/**
 * Writes a zip (an .xlsx package): entries deflated (or stored), each with its CRC-32, then the central
 * directory. Sizes stay below 4 GB, so no zip64 records are needed.
 */
import { crc32 } from "./crc32";
import { deflateRaw } from "./deflate";
import type { RawZipEntry } from "./zip-reader";

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const UTF8_NAMES = 0x0800;

interface Written {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/** MS-DOS date and time, as zip headers store them (local time, two-second steps). */
function dosDateTime(date: Date): { date: number; time: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
  };
}

interface Pending {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The entry's data as it goes into the file; a promise while it is being deflated. */
  readonly data: Promise<readonly Uint8Array[]> | readonly Uint8Array[];
}

/**
 * Entries are deflated in the background as they are added (the next part can be built meanwhile);
 * finish() waits for them and lays the file out in the order they were added.
 */
export class ZipWriter {
  private readonly pending: Pending[] = [];
  private readonly stamp = dosDateTime(new Date());
  private readonly encoder = new TextEncoder();

  /** Adds an entry from its content (in chunks), deflated unless `store`. */
  add(name: string, chunks: readonly Uint8Array[], store = false): void {
    let crc = 0;
    let size = 0;
    for (const chunk of chunks) {
      crc = crc32(chunk, crc);
      size += chunk.byteLength;
    }
    let data: Pending["data"] = chunks;
    if (!store) {
      const deflating = deflateRaw(chunks).then((bytes) => [bytes]);
      // Awaited in finish(); until then a failure must not count as an unhandled rejection.
      deflating.catch(() => undefined);
      data = deflating;
    }
    this.pending.push({ name, method: store ? 0 : 8, crc, size, data });
  }

  /**
   * add() for a large entry: its CRC is computed a chunk at a time, awaiting `pause` in between (the
   * standalone app lets the page run there).
   */
  async addInSteps(name: string, chunks: readonly Uint8Array[], pause: () => Promise<void>): Promise<void> {
    let crc = 0;
    let size = 0;
    for (const chunk of chunks) {
      await pause();
      crc = crc32(chunk, crc);
      size += chunk.byteLength;
    }
    // Deflated a chunk at a time with the same pauses (in a browser the compressor runs on the page's thread).
    const deflating = deflateRaw(chunks, pause).then((bytes) => [bytes]);
    // Awaited in finish(); until then a failure must not count as an unhandled rejection.
    deflating.catch(() => undefined);
    this.pending.push({ name, method: 8, crc, size, data: deflating });
  }

  /** Adds an entry of text (UTF-8). */
  addText(name: string, text: string, store = false): void {
    this.add(name, [this.encoder.encode(text)], store);
  }

  /** Copies an entry read from another zip without unpacking it. */
  addRaw(entry: RawZipEntry): void {
    const { name, method, crc, size, data } = entry;
    this.pending.push({ name, method, crc, size, data: [data] });
  }

  /** The whole zip file, once every entry is deflated. */
  async finish(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    const written: Written[] = [];
    let offset = 0;
    const push = (part: Uint8Array) => {
      parts.push(part);
      offset += part.byteLength;
    };
    for (const entry of this.pending) {
      const data = await entry.data;
      const name = this.encoder.encode(entry.name);
      const compressedSize = data.reduce((sum, chunk) => sum + chunk.byteLength, 0);
      written.push({ name, method: entry.method, crc: entry.crc, compressedSize, size: entry.size, offset });
      push(this.localHeader(name, entry, compressedSize));
      for (const chunk of data) push(chunk);
    }
    const directoryStart = offset;
    for (const entry of written) push(this.directoryEntry(entry));
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, END_OF_DIRECTORY, true);
    view.setUint16(8, written.length, true);
    view.setUint16(10, written.length, true);
    view.setUint32(12, offset - directoryStart, true);
    view.setUint32(16, directoryStart, true);
    push(end);
    const out = new Uint8Array(offset);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.byteLength;
    }
    return out;
  }

  private localHeader(name: Uint8Array, entry: Pending, compressedSize: number): Uint8Array {
    const header = new Uint8Array(30 + name.byteLength);
    const view = new DataView(header.buffer);
    view.setUint32(0, LOCAL_HEADER, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, UTF8_NAMES, true);
    view.setUint16(8, entry.method, true);
    view.setUint16(10, this.stamp.time, true);
    view.setUint16(12, this.stamp.date, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, compressedSize, true);
    view.setUint32(22, entry.size, true);
    view.setUint16(26, name.byteLength, true);
    header.set(name, 30);
    return header;
  }

  private directoryEntry(entry: Written): Uint8Array {
    const header = new Uint8Array(46 + entry.name.byteLength);
    const view = new DataView(header.buffer);
    view.setUint32(0, DIRECTORY_ENTRY, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, VERSION, true);
    view.setUint16(8, UTF8_NAMES, true);
    view.setUint16(10, entry.method, true);
    view.setUint16(12, this.stamp.time, true);
    view.setUint16(14, this.stamp.date, true);
    view.setUint32(16, entry.crc, true);
    view.setUint32(20, entry.compressedSize, true);
    view.setUint32(24, entry.size, true);
    view.setUint16(28, entry.name.byteLength, true);
    view.setUint32(42, entry.offset, true);
    header.set(entry.name, 46);
    return header;
  }
}
