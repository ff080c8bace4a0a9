/**
 * Raw deflate (the zip "deflate" method) through the platform's CompressionStream / DecompressionStream:
 * native code in browsers and in Node 18+, much faster than a JavaScript deflate on 100 MB of XML.
 */

async function run(chunks: readonly Uint8Array[], transform: CompressionStream | DecompressionStream) {
  // TypeScript's Uint8Array may sit on a SharedArrayBuffer, which Blob refuses; ours never do.
  const stream = new Blob(chunks as unknown as BlobPart[]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function deflateRaw(chunks: readonly Uint8Array[]): Promise<Uint8Array> {
  return run(chunks, new CompressionStream("deflate-raw"));
}

export function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  return run([data], new DecompressionStream("deflate-raw"));
}
