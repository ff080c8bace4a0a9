/**
 * Hostile .xlsx files (issue 12): how fast, and with how little memory, opening refuses them. Real zip
 * bombs, built here by deflating zeros in chunks: 455 KB that unpacks to 450 MB, 2 MB that unpacks to
 * 2 GB, a 1 GB picture (xl/media), and a 6 KB file with a cell at ZZZZZZ5. Goal: refused in under 1 s
 * and under 300 MB of memory (the directory is judged before anything is unpacked).
 */
import { constants, createDeflateRaw } from "node:zlib";
import { openWorkbookFile } from "../src/app/workbook-files";
import { writeXlsx } from "../src/app/xlsx/write-xlsx";
import { ZipReader } from "../src/app/xlsx/zip/zip-reader";
import { ZipWriter } from "../src/app/xlsx/zip/zip-writer";
import { createExcelHost } from "../src/host";
import type { BenchResult, BenchSection } from "./types";

const MB = 1024 * 1024;

/** Raw deflate of `size` zero bytes, fed in 16 MB chunks (the zeros are never held at once). */
async function deflatedZeros(size: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const chunk = Buffer.alloc(16 * MB);
  for (let left = size; left > 0; left -= chunk.byteLength) {
    const part = left >= chunk.byteLength ? chunk : chunk.subarray(0, left);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(out));
}

async function smallWorkbook(): Promise<Uint8Array> {
  const host = createExcelHost();
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
      ["Claim", "Paid"],
      ["C1", 12.5],
    ];
    await context.sync();
  });
  return (await writeXlsx(host.workbook)).bytes;
}

async function withParts(base: Uint8Array, parts: Record<string, string | Uint8Array>, size = 0) {
  const source = new ZipReader(base);
  const zip = new ZipWriter();
  for (const name of source.names()) {
    const part = parts[name];
    if (typeof part === "string") zip.addText(name, part);
    else if (part === undefined) zip.addRaw(source.raw(name));
  }
  for (const [name, data] of Object.entries(parts)) {
    if (data instanceof Uint8Array) zip.addRaw({ name, method: 8, crc: 0, size, data });
  }
  return zip.finish();
}

async function refuse(label: string, bytes: Uint8Array): Promise<BenchResult> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let peak = before.rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const start = performance.now();
  let message = "OPENED (not refused)";
  try {
    await openWorkbookFile({
      name: "hostile.xlsx",
      size: bytes.byteLength,
      arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
    });
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const grew = (peak - before.rss) / MB;
  const size =
    bytes.byteLength >= MB
      ? `${(bytes.byteLength / MB).toFixed(1)} MB`
      : `${Math.round(bytes.byteLength / 1024)} KB`;
  const note = `${size} file; memory +${grew.toFixed(0)} MB; ${message.slice(0, 90)}`;
  return { case: label, ms, syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, note };
}

async function run(): Promise<BenchResult[]> {
  const base = await smallWorkbook();
  const results: BenchResult[] = [];
  const bomb450 = await deflatedZeros(450 * MB);
  results.push(
    await refuse("bomb 450 MB", await withParts(base, { "xl/worksheets/sheet2.xml": bomb450 }, 450 * MB)),
  );
  const bomb2g = await deflatedZeros(2048 * MB);
  results.push(
    await refuse("bomb 2 GB", await withParts(base, { "xl/worksheets/sheet2.xml": bomb2g }, 2048 * MB)),
  );
  const media = await deflatedZeros(1024 * MB);
  results.push(
    await refuse("1 GB xl/media", await withParts(base, { "xl/media/image1.png": media }, 1024 * MB)),
  );
  // A directory that understates the part: unpacking stops at the declared size.
  results.push(
    await refuse(
      "bomb, lying directory",
      await withParts(base, { "xl/worksheets/sheet1.xml": bomb450 }, 1000),
    ),
  );
  const sheet = await new ZipReader(base).textOf("xl/worksheets/sheet1.xml");
  const far = await withParts(base, { "xl/worksheets/sheet1.xml": sheet.replace('r="B2"', 'r="ZZZZZZ5"') });
  results.push(await refuse("cell at ZZZZZZ5", far));
  return results;
}

export const hostileXlsxBench: BenchSection = { name: "hostile-xlsx", run };
