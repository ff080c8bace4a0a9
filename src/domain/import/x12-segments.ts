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

/** Line and byte offset of character positions, for positions visited in increasing order. */
class Cursor {
  private at = 0;
  private line = 1;
  private bytes = 0;

  constructor(private readonly text: string) {}

  position(offset: number, segmentNumber: number, segmentId = ""): X12Position {
    for (; this.at < offset && this.at < this.text.length; this.at++) {
      const code = this.text.charCodeAt(this.at);
      if (code === 10) this.line++;
      if (code < 0x80) this.bytes += 1;
      else if (code < 0x800) this.bytes += 2;
      else if (code >= 0xd800 && code <= 0xdbff) {
        this.bytes += 4; // a surrogate pair is one 4-byte character
        this.at++;
      } else this.bytes += 3;
    }
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

function skipBlank(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && (isLineBreakOrSpace(text[p]) || text[p] === BOM)) p++;
  return p;
}

/** Reads the delimiters from the ISA at `where.offset` (the caller checked it starts with "ISA"). */
export function readDelimiters(text: string, where: X12Position): X12Delimiters {
  const offset = where.offset;
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
        p === -1
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
export function splitSegments(text: string): X12Segment[] {
  return [...eachSegment(text)];
}

/**
 * The segments of the file one at a time, so a 20 MB remittance is never held as millions of segment
 * objects at once (parse835 reads as it goes). Throws X12ParseError when the text is not X12.
 */
export function* eachSegment(text: string): Generator<X12Segment, void, undefined> {
  let count = 0;
  const cursor = new Cursor(text);
  let pos = skipBlank(text, 0);
  if (pos >= text.length) throw new X12ParseError("The file is empty.", cursor.position(0, 0));
  let delimiters: X12Delimiters | null = null;
  while (pos < text.length) {
    const number = count + 1;
    if (delimiters === null) {
      if (!text.startsWith("ISA", pos)) {
        const start = /^(GS|ST)[*|^~:]/.exec(text.slice(pos, pos + 4))?.[1];
        const detail =
          count > 0
            ? "After the IEA that closes an interchange, only a new ISA header may follow."
            : start !== undefined
              ? `This X12 file has no ISA interchange header: it starts at ${start}. ` +
                "Ask the payer or clearinghouse for the whole 835 file as sent (it starts with ISA)."
              : "This is not an X12 file: it should start with an ISA header.";
        throw new X12ParseError(detail, cursor.position(pos, number));
      }
      delimiters = readDelimiters(text, cursor.position(pos, number, "ISA"));
    }
    const end = text.indexOf(delimiters.segment, pos);
    const raw = text.slice(pos, end === -1 ? text.length : end);
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
        cursor.position(pos, number),
      );
    }
    const { byteOffset, line } = cursor.position(pos, number, id);
    const segment: X12Segment = { id, elements, number, offset: pos, byteOffset, line, delimiters };
    count++;
    yield cut ? { ...segment, unterminated: true } : segment;
    pos = end === -1 ? text.length : skipBlank(text, end + delimiters.segment.length);
    if (id === "IEA") delimiters = null;
  }
}
