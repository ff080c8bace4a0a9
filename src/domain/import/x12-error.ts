/** Where in a file something is: what a practice manager needs to find the spot in a text editor. */
export interface X12Position {
  /** 1-based number of the segment in the file (0 when the file has no segment at all). */
  readonly segmentNumber: number;
  /** Segment id such as "CLP" ("" when the problem comes before any id could be read). */
  readonly segmentId: string;
  /** 0-based character offset of the segment's first character in the file's text. */
  readonly offset: number;
  /** 0-based byte offset of that character in the file (UTF-8; the same as `offset` for ASCII X12). */
  readonly byteOffset: number;
  /** 1-based line of that character. */
  readonly line: number;
}

/** The one error the X12 reader throws. It always says where. */
export class X12ParseError extends Error implements X12Position {
  readonly segmentNumber: number;
  readonly segmentId: string;
  readonly offset: number;
  readonly byteOffset: number;
  readonly line: number;
  /** The problem alone, without the position (the message adds the position). */
  readonly detail: string;

  constructor(detail: string, where: X12Position) {
    const id = where.segmentId ? ` (${where.segmentId})` : "";
    super(`${detail} [segment ${where.segmentNumber}${id}, line ${where.line}, byte ${where.byteOffset}]`);
    this.name = "X12ParseError";
    this.detail = detail;
    this.segmentNumber = where.segmentNumber;
    this.segmentId = where.segmentId;
    this.offset = where.offset;
    this.byteOffset = where.byteOffset;
    this.line = where.line;
  }
}

export function isX12ParseError(error: unknown): error is X12ParseError {
  return error instanceof X12ParseError;
}
