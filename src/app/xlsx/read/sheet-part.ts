/**
 * A worksheet part, read so that a large one never freezes the page: the cells (the inside of
 * <sheetData>, nearly all of a big sheet) stay bytes and are decoded a piece at a time while they are
 * read (sheetDataPieces); only the rest of the part (views, columns, merges, validation, tables, ...)
 * becomes one string. Decoding the Large sample's 59 MB claim lines part in one go held the page for
 * 100-400 ms, and a string built from decoded pieces costs as much to flatten at its first search.
 */
import type { ZipReader } from "../zip/zip-reader";
import { refuseDoctype } from "../zip/zip-reader";
import { sheetRegions, type SheetRegions } from "./sheet-regions";

/** A worksheet part, decoded, with where its cells and data validation are. */
export interface SheetPart {
  /** The part's XML; when `cells` is set, without the inside of <sheetData> (its region is empty). */
  readonly xml: string;
  readonly regions: SheetRegions;
  /** The inside of <sheetData> as bytes, when it was left out of `xml` (a large part). */
  readonly cells?: Uint8Array;
  /** Bytes decoded per piece of `cells` (sheetDataPieces). */
  readonly pieceBytes?: number;
}

export interface SheetPartOptions {
  /** Parts larger than this keep their cells as bytes (tests lower it to read small files that way). */
  readonly splitAbove?: number;
  /** Bytes decoded per piece of the cells. */
  readonly pieceBytes?: number;
}

const SPLIT_ABOVE = 4 * 1024 * 1024;
const PIECE_BYTES = 1024 * 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
/** The bytes of ASCII text (no TextEncoder at load time: the pane's tests run in jsdom). */
const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));
const OPEN = ascii("<sheetData");
const CLOSE = ascii("</sheetData>");

function matchesAt(bytes: Uint8Array, at: number, pattern: readonly number[]): boolean {
  if (at + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

/** Where the inside of the first <sheetData> ... </sheetData> is, in bytes; undefined when there is none. */
function sheetDataInside(bytes: Uint8Array): { start: number; end: number } | undefined {
  let open = bytes.indexOf(LT);
  while (open >= 0) {
    const next = bytes[open + OPEN.length] ?? 0;
    // "<sheetData" then ">", "/" or white space (not "<sheetDataX").
    if (matchesAt(bytes, open, OPEN) && (next === GT || next === SLASH || next <= 0x20)) break;
    open = bytes.indexOf(LT, open + 1);
  }
  if (open < 0) return undefined;
  // The end of the start tag (attribute values of <sheetData> hold no ">").
  const gt = bytes.indexOf(GT, open);
  if (gt < 0 || bytes[gt - 1] === SLASH) return undefined; // <sheetData/>: no cells
  // The end tag is the last one: what follows the cells (merges, validation, ...) is small.
  let close = bytes.lastIndexOf(LT);
  while (close > gt && !matchesAt(bytes, close, CLOSE)) close = bytes.lastIndexOf(LT, close - 1);
  if (close <= gt) return undefined;
  return { start: gt + 1, end: close };
}

/** Reads a worksheet part; a large one keeps its cells as bytes (see SheetPart.cells). */
export async function readSheetPart(
  zip: ZipReader,
  path: string,
  pause: () => Promise<void>,
  options: SheetPartOptions = {},
): Promise<SheetPart> {
  const bytes = await zip.bytesOf(path, pause);
  const inside = bytes.length > (options.splitAbove ?? SPLIT_ABOVE) ? sheetDataInside(bytes) : undefined;
  if (!inside) {
    const xml = refuseDoctype(new TextDecoder().decode(bytes), path);
    await pause();
    return { xml, regions: sheetRegions(xml) };
  }
  // Both cuts are just after ">" and just before "<": never inside a character's UTF-8 bytes.
  const decoder = new TextDecoder();
  const xml = refuseDoctype(
    decoder.decode(bytes.subarray(0, inside.start)) + decoder.decode(bytes.subarray(inside.end)),
    path,
  );
  return {
    xml,
    regions: sheetRegions(xml),
    cells: bytes.subarray(inside.start, inside.end),
    pieceBytes: options.pieceBytes ?? PIECE_BYTES,
  };
}

/** Where the last row of `text` starts ("<row" as a tag, outside a comment); -1 when none does. */
function lastRowStart(text: string): number {
  let at = text.lastIndexOf("<row");
  while (at >= 0) {
    const next = text.charCodeAt(at + 4);
    const isTag = next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 13;
    const inComment = text.lastIndexOf("<!--", at) > text.lastIndexOf("-->", at);
    if (isTag && !inComment) return at;
    if (at === 0) break; // lastIndexOf(x, -1) would find position 0 again
    at = text.lastIndexOf("<row", at - 1);
  }
  return -1;
}

/**
 * The inside of <sheetData> as text, a piece at a time: about `pieceBytes` decoded, cut where a row
 * starts, so every piece holds whole rows (what is left over starts the next piece).
 */
export function* sheetDataPieces(
  cells: Uint8Array,
  path: string,
  pieceBytes: number = PIECE_BYTES,
): Generator<string, void, void> {
  const decoder = new TextDecoder();
  let carry = "";
  for (let at = 0; at < cells.length; at += pieceBytes) {
    const end = Math.min(cells.length, at + pieceBytes);
    const last = end === cells.length;
    const text = carry + decoder.decode(cells.subarray(at, end), { stream: !last });
    const cut = last ? text.length : lastRowStart(text);
    if (cut <= 0) {
      carry = text; // no row starts after the first: read on
      continue;
    }
    carry = text.slice(cut);
    yield refuseDoctype(text.slice(0, cut), path);
  }
  if (carry !== "") yield refuseDoctype(carry, path);
}
