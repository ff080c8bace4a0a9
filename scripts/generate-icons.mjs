// Generates the add-in's PNG icons in assets/ with no image library: each glyph is drawn from signed
// distance functions, supersampled 4x4 for smooth edges, and written as an RGBA PNG with node:zlib.
// Run: node scripts/generate-icons.mjs   (the PNGs are committed; rerun only to change the artwork)
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 4;

const BLUE = [0x0f, 0x6c, 0xbd]; // Office blue, readable on light and dark ribbons
const WHITE = [0xff, 0xff, 0xff];

// --- signed distance functions in unit space (0..1, y down); negative = inside -------------------
function roundedBox(x, y, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(x - cx) - halfW + radius;
  const qy = Math.abs(y - cy) - halfH + radius;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(x, y, ax, ay, bx, by, halfWidth) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - halfWidth;
}

const tile = (x, y) => roundedBox(x, y, 0.5, 0.5, 0.47, 0.47, 0.16);

/** Each glyph: white shape on the blue rounded tile. */
const GLYPHS = {
  // Medical cross: the add-in itself ("Open pane").
  icon: (x, y) =>
    Math.min(roundedBox(x, y, 0.5, 0.5, 0.11, 0.3, 0.03), roundedBox(x, y, 0.5, 0.5, 0.3, 0.11, 0.03)),
  // Check mark: "Validate".
  validate: (x, y) =>
    Math.min(segment(x, y, 0.24, 0.52, 0.43, 0.71, 0.075), segment(x, y, 0.43, 0.71, 0.77, 0.3, 0.075)),
  // Three rising bars: "Refresh summaries".
  summaries: (x, y) =>
    Math.min(
      roundedBox(x, y, 0.29, 0.63, 0.075, 0.14, 0.02),
      roundedBox(x, y, 0.5, 0.53, 0.075, 0.24, 0.02),
      roundedBox(x, y, 0.71, 0.43, 0.075, 0.34, 0.02),
    ),
};

function render(glyph, size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tileCover = 0;
      let glyphCover = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (tile(x, y) <= 0) {
            tileCover++;
            if (glyph(x, y) <= 0) glyphCover++;
          }
        }
      }
      const samples = n * n;
      const white = glyphCover / Math.max(tileCover, 1);
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BLUE[c] * (1 - white) + WHITE[c] * white);
      rgba[o + 3] = Math.round((255 * tileCover) / samples);
    }
  }
  return rgba;
}

// --- PNG encoding ----------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(rgba, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter and interlace stay 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(ASSETS, { recursive: true });
for (const [name, glyph] of Object.entries(GLYPHS)) {
  for (const size of SIZES) {
    const file = join(ASSETS, `${name}-${size}.png`);
    writeFileSync(file, encodePng(render(glyph, size), size));
    console.log(`wrote ${file}`);
  }
}
