/**
 * Builds a large XML part as UTF-8 chunks of about 256 KB: many small strings are appended (cheap in V8)
 * and encoded a chunk at a time, never joined into one giant string. A chunk is also the unit of the
 * CRC and the compressor's steps, so it is small enough to take a few milliseconds each.
 */
const CHUNK_CHARS = 1 << 18;

export class TextChunks {
  readonly chunks: Uint8Array[] = [];
  private current = "";
  private readonly encoder = new TextEncoder();

  push(text: string): void {
    this.current += text;
    if (this.current.length >= CHUNK_CHARS) this.flush();
  }

  /** The finished part. */
  done(): Uint8Array[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.current === "") return;
    this.chunks.push(this.encoder.encode(this.current));
    this.current = "";
  }
}
