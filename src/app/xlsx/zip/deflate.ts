/**
 * Raw deflate (the zip "deflate" method) through the platform's CompressionStream / DecompressionStream:
 * native code in browsers and in Node 18+, much faster than a JavaScript deflate on 100 MB of XML.
 */

async function run(chunks: readonly Uint8Array[], transform: CompressionStream | DecompressionStream) {
  // TypeScript's Uint8Array may sit on a SharedArrayBuffer, which Blob refuses; ours never do.
  const stream = new Blob(chunks as unknown as BlobPart[]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Deflates the chunks in one go, or with `pause` one chunk at a time (awaited before each chunk goes
 * into the compressor), so compressing a large part never holds the thread for long.
 */
export async function deflateRaw(
  chunks: readonly Uint8Array[],
  pause?: () => Promise<void>,
): Promise<Uint8Array> {
  if (!pause) return run(chunks, new CompressionStream("deflate-raw"));
  const compressor = new CompressionStream("deflate-raw");
  const packed = new Response(compressor.readable).arrayBuffer();
  const writer = compressor.writable.getWriter();
  try {
    for (const chunk of chunks) {
      await pause();
      await writer.write(chunk as Uint8Array<ArrayBuffer>);
    }
    await writer.close();
  } catch (error) {
    await packed.catch(() => undefined);
    throw error;
  }
  return new Uint8Array(await packed);
}

/**
 * Unpacks `data`, which must unpack to exactly `size` bytes (what the zip directory declares, checked
 * against the app's limits before): unpacking stops as soon as the data goes past it, so a directory
 * that understates a part (a zip bomb) costs no more memory than the size it declared.
 */
export async function inflateRaw(
  data: Uint8Array,
  size: number,
  name: string,
  pause?: () => Promise<void>,
): Promise<Uint8Array> {
  const stream = new Blob([data as unknown as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const out = new Uint8Array(size);
  let length = 0;
  let tooLong = false;
  try {
    for (;;) {
      // A pause between pieces: in a browser the decompressor runs on the page's thread.
      await pause?.();
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.byteLength > size) {
        tooLong = true;
        break;
      }
      out.set(value, length);
      length += value.byteLength;
    }
  } catch {
    throw new Error(`the part ${name} is damaged: its packed data does not unpack`);
  }
  if (tooLong) {
    await reader.cancel().catch(() => undefined);
    throw new Error(`the part ${name} unpacks to more than the ${size} bytes its zip directory declares`);
  }
  if (length !== size) {
    throw new Error(
      `the part ${name} unpacks to ${length} bytes, not the ${size} its zip directory declares`,
    );
  }
  return out;
}
