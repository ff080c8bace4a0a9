import { X12ParseError, type X12Position } from "./x12-error";

/**
 * Splits an X12 file into segments. Every interchange announces its own delimiters in its ISA
 * header, so a file may concatenate interchanges that use different ones. Line breaks between
 * segments are ignored; a line break may also be the segment terminator itself.
 */
export interface X12Delimiters {
  readonly element: string;
  /** ISA16. */
  readonly component: string;
  /** ISA11 from version 00402 on; null when the interchange has none. */
  readonly repetition: string | null;
  readonly segment: string;
}

export interface X12Segment {
  readonly id: string;
  /** elements[0] is the id, so elements[2] of a CLP is CLP02. Values are untrimmed. */
  readonly elements: readonly string[];
  /** 1-based number of the segment in the file. */
  readonly number: number;
  /** 0-based character offset of the segment's first character. */
  readonly offset: number;
  /** 0-based UTF-8 byte offset of that character. */
  readonly byteOffset: number;
  /** 1-based line of that character. */
  readonly line: number;
  readonly delimiters: X12Delimiters;
  /** True for a last segment the file cuts off before its terminator (a truncated file, or a sloppy end). */
  readonly unterminated?: boolean;
}

export function segmentPosition(segment: X12Segment): X12Position {
  return {
    segmentNumber: segment.number,
    segmentId: segment.id,
    offset: segment.offset,
    byteOffset: segment.byteOffset,
    line: segment.line,
  };
}

/**
 * The text of a file, whole or as consecutive chunks (e.g. read piece by piece from a stream): the reader
 * holds only the segment it is reading and the chunk after it, never the whole file.
 */
export type X12Text = string | Iterable<string>;

/**
 * The part of the file the reader still needs, pulled from the chunks as it reads on, with the line and
 * byte offset of character positions (asked for in increasing order).
 */
class TextWindow {
  private buffer = "";
  /** Offset in the file of buffer[0]. */
  private base = 0;
  private ended = false;
  private readonly chunks: Iterator<string>;
  /** The reader never looks before this offset again: text before it may be let go. */
  keep = 0;
  private at = 0;
  private line = 1;
  private bytes = 0;

  constructor(source: X12Text) {
    this.chunks = (typeof source === "string" ? [source] : source)[Symbol.iterator]();
  }

  /** Appends the next chunk, letting go of what lies before `keep`; false when the file has no more. */
  private pull(): boolean {
    if (this.ended) return false;
    const next = this.chunks.next();
    if (next.done === true) {
      this.ended = true;
      return false;
    }
    const cut = Math.min(Math.max(this.base, this.keep), this.base + this.buffer.length);
    this.advance(cut);
    this.buffer = this.buffer.slice(cut - this.base) + next.value;
    this.base = cut;
    return true;
  }

  /** True when `offset` is at or past the end of the file. */
  atEnd(offset: number): boolean {
    while (offset >= this.base + this.buffer.length) if (!this.pull()) return true;
    return false;
  }

  /** Length of the whole file (reads it to the end). */
  end(): number {
    while (this.pull());
    return this.base + this.buffer.length;
  }

  char(offset: number): string | undefined {
    return this.atEnd(offset) ? undefined : this.buffer[offset - this.base];
  }

  /** The text from `from` to `to` (shorter when the file ends first). */
  slice(from: number, to: number): string {
    this.atEnd(to - 1);
    return this.buffer.slice(from - this.base, to - this.base);
  }

  /** Offset of the first `search` (one character) at or after `from`, or -1. */
  indexOf(search: string, from: number): number {
    let start = from;
    for (;;) {
      const found = this.buffer.indexOf(search, Math.max(0, start - this.base));
      if (found !== -1) return found + this.base;
      start = Math.max(from, this.base + this.buffer.length);
      if (!this.pull()) return -1;
    }
  }

  private advance(offset: number): void {
    const known = this.base + this.buffer.length;
    for (; this.at < offset && this.at < known; this.at++) {
      const code = this.buffer.charCodeAt(this.at - this.base);
      if (code === 10) this.line++;
      if (code < 0x80) this.bytes += 1;
      else if (code < 0x800) this.bytes += 2;
      else if (code >= 0xd800 && code <= 0xdbff) {
        this.bytes += 4; // a surrogate pair is one 4-byte character
        this.at++;
      } else this.bytes += 3;
    }
  }

  position(offset: number, segmentNumber: number, segmentId = ""): X12Position {
    this.advance(offset);
    return { segmentNumber, segmentId, offset, byteOffset: this.bytes, line: this.line };
  }
}

/** Elements of an ISA segment: ISA01..ISA16. */
const ISA_ELEMENTS = 16;
/** The standard ISA is 106 characters; allow for over-padded fields. */
const MAX_ISA_LENGTH = 200;
const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;
const BOM = "\uFEFF";

function isDelimiterChar(ch: string): boolean {
  return !/^[A-Za-z0-9 ]$/.test(ch);
}

function isLineBreakOrSpace(ch: string | undefined): boolean {
  return ch === "\n" || ch === "\r" || ch === " " || ch === "\t";
}

function skipBlank(text: TextWindow, pos: number): number {
  let p = pos;
  for (let ch = text.char(p); ch !== undefined && (isLineBreakOrSpace(ch) || ch === BOM); ch = text.char(p))
    p++;
  return p;
}

/** Reads the delimiters from the ISA at `where.offset` (the caller checked it starts with "ISA"). */
export function readDelimiters(text: string, where: X12Position): X12Delimiters {
  const head = text.slice(where.offset, where.offset + ISA_HEAD);
  return delimitersOf(head, where.offset + head.length < text.length, where);
}

/** Characters of an ISA the delimiters are read from: the longest ISA, its ISA16 and the terminator. */
const ISA_HEAD = MAX_ISA_LENGTH + 3;

/** The delimiters from `text`, which starts with the ISA; `more`: the file goes on after `text`. */
function delimitersOf(text: string, more: boolean, where: X12Position): X12Delimiters {
  const offset = 0;
  const element = text[offset + 3];
  if (element === undefined)
    throw new X12ParseError("The file ends inside the ISA header: it looks truncated.", where);
  if (!isDelimiterChar(element) || isLineBreakOrSpace(element)) {
    throw new X12ParseError(
      `The ISA header does not start with a delimiter after "ISA" (found "${element}"): this is not an X12 file.`,
      where,
    );
  }
  // ISA is fixed length in the standard, but padding varies in practice: count separators instead,
  // looking no further than a generous ISA length so garbage fails fast.
  let p = offset + 3;
  for (let found = 1; found < ISA_ELEMENTS; found++) {
    p = text.indexOf(element, p + 1);
    if (p === -1 || p - offset > MAX_ISA_LENGTH) {
      const detail =
        p === -1 && !more
          ? `The file ends inside the ISA header (${found} of its 16 elements): it looks truncated.`
          : `The ISA header does not have its 16 elements: this is not a valid X12 file.`;
      throw new X12ParseError(detail, where);
    }
  }
  const component = text[p + 1];
  const segment = text[p + 2];
  if (component === undefined || segment === undefined) {
    throw new X12ParseError("The file ends inside the ISA header: it looks truncated.", where);
  }
  if (!isDelimiterChar(component) || isLineBreakOrSpace(component) || component === element) {
    throw new X12ParseError(`ISA16 "${component}" cannot be the component separator.`, where);
  }
  if (!isDelimiterChar(segment) || segment === element || segment === component || segment === " ") {
    throw new X12ParseError(`"${segment}" after ISA16 cannot be the segment terminator.`, where);
  }
  const parts = text.slice(offset, p + 1).split(element);
  const isa11 = parts[11] ?? "";
  const version = (parts[12] ?? "").trim();
  const repetition =
    version >= "00402" &&
    isa11.length === 1 &&
    isDelimiterChar(isa11) &&
    ![element, component, segment].includes(isa11)
      ? isa11
      : null;
  return { element, component, repetition, segment };
}

/** All segments of the file, in order. Throws X12ParseError when the text is not X12. */
export function splitSegments(text: X12Text): X12Segment[] {
  return [...eachSegment(text)];
}

/**
 * The segments of the file one at a time, so a 20 MB remittance is never held as millions of segment
 * objects at once (parse835 reads as it goes). The file may come whole or as chunks of text, split
 * anywhere: only the segment being read and the chunk after it are held. Throws X12ParseError when the
 * text is not X12.
 */
export function* eachSegment(source: X12Text): Generator<X12Segment, void, undefined> {
  let count = 0;
  const text = new TextWindow(source);
  let pos = skipBlank(text, 0);
  if (text.atEnd(pos)) throw new X12ParseError("The file is empty.", text.position(0, 0));
  let delimiters: X12Delimiters | null = null;
  while (!text.atEnd(pos)) {
    text.keep = pos;
    const number = count + 1;
    if (delimiters === null) {
      if (text.slice(pos, pos + 3) !== "ISA") {
        const start = /^(GS|ST)[*|^~:]/.exec(text.slice(pos, pos + 4))?.[1];
        const detail =
          count > 0
            ? "After the IEA that closes an interchange, only a new ISA header may follow."
            : start !== undefined
              ? `This X12 file has no ISA interchange header: it starts at ${start}. ` +
                "Ask the payer or clearinghouse for the whole 835 file as sent (it starts with ISA)."
              : "This is not an X12 file: it should start with an ISA header.";
        throw new X12ParseError(detail, text.position(pos, number));
      }
      const head = text.slice(pos, pos + ISA_HEAD);
      const more = !text.atEnd(pos + head.length);
      delimiters = delimitersOf(head, more, text.position(pos, number, "ISA"));
    }
    const end = text.indexOf(delimiters.segment, pos);
    const raw = text.slice(pos, end === -1 ? text.end() : end);
    // A segment terminated by LF in a CRLF file carries the CR; a missing final terminator is tolerated.
    const body = delimiters.segment === "\n" ? raw.replace(/\r$/, "") : raw;
    const elements = body.split(delimiters.element);
    const id = elements[0] ?? "";
    const cut = end === -1 && delimiters.segment !== "\n" && delimiters.segment !== "\r";
    if (!SEGMENT_ID.test(id)) {
      const shown = id.length > 12 ? `${id.slice(0, 12)}...` : id;
      throw new X12ParseError(
        cut
          ? `The file ends inside a segment ("${shown}"): it looks truncated.`
          : `"${shown}" is not a segment id: the file is damaged or not X12.`,
        text.position(pos, number),
      );
    }
    const { byteOffset, line } = text.position(pos, number, id);
    const segment: X12Segment = { id, elements, number, offset: pos, byteOffset, line, delimiters };
    count++;
    yield cut ? { ...segment, unterminated: true } : segment;
    pos = end === -1 ? text.end() : skipBlank(text, end + delimiters.segment.length);
    if (id === "IEA") delimiters = null;
  }
}
