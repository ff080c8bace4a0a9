/**
 * The one error the X12 reader throws. It always says where: the segment's number in the file
 * (1 = the first ISA), its id when known, and the character position (the byte offset for the
 * plain-ASCII text X12 files are), so a practice manager can find the spot in a text editor.
 */
export class X12ParseError extends Error {
  /** 1-based number of the segment in the file (0 when the file has no segment at all). */
  readonly segmentNumber: number;
  /** Segment id such as "CLP" ("" when the problem comes before any id could be read). */
  readonly segmentId: string;
  /** 0-based character offset of the segment's first character in the file's text. */
  readonly offset: number;
  /** The problem alone, without the position (the message adds the position). */
  readonly detail: string;

  constructor(detail: string, where: { segmentNumber: number; segmentId: string; offset: number }) {
    const id = where.segmentId ? ` (${where.segmentId})` : "";
    super(`${detail} [segment ${where.segmentNumber}${id}, character ${where.offset + 1}]`);
    this.name = "X12ParseError";
    this.detail = detail;
    this.segmentNumber = where.segmentNumber;
    this.segmentId = where.segmentId;
    this.offset = where.offset;
  }
}

export function isX12ParseError(error: unknown): error is X12ParseError {
  return error instanceof X12ParseError;
}
