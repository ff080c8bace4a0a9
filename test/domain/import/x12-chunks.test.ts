import { readdirSync } from "fs";
import { X12ParseError, parse835 } from "../../../src/domain/import";
import { eachSegment } from "../../../src/domain/import/x12-segments";
import { largeRemittanceText } from "../../../bench/remittance-large-text";
import { FIXTURES, SHARED_X12, fixture, hasShared, shared } from "./x12-fixtures";

/**
 * The 835 reader streams: a file given as chunks of text (as read piece by piece from a stream), split
 * anywhere, reads exactly as the whole text does (remittances, or the same error at the same place), and
 * the reader pulls chunks only as it needs them, so it never holds the file or its segments whole.
 */
function chunks(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
}

/** The remittances, or the error's message and position. */
function outcome(source: string | readonly string[]) {
  try {
    return { remittances: parse835(source) };
  } catch (error) {
    if (!(error instanceof X12ParseError)) throw error;
    const { message, segmentNumber, offset, byteOffset, line } = error;
    return { error: { message, segmentNumber, offset, byteOffset, line } };
  }
}

const ours = readdirSync(FIXTURES)
  .filter((name) => name !== "README.md")
  .map((name) => ({ name, text: fixture(name) }));
const theirs = hasShared
  ? readdirSync(SHARED_X12)
      .filter((name) => name.endsWith(".edi"))
      .map((name) => ({ name: `shared ${name}`, text: shared(name) }))
  : [];

test.each([...ours, ...theirs].map((f) => [f.name, f.text] as const))(
  "%s reads the same whole and in chunks of 1, 3, 64 and 1000 characters",
  (_name, text) => {
    const whole = outcome(text);
    for (const size of [1, 3, 64, 1000]) expect(outcome(chunks(text, size))).toEqual(whole);
  },
);

test("the fixtures hold both files that read and files that are refused", () => {
  const results = ours.map((f) => outcome(f.text));
  expect(results.some((r) => "remittances" in r)).toBe(true);
  expect(results.some((r) => "error" in r)).toBe(true);
});

test("a file with multi-byte characters split inside them keeps lines and byte offsets", () => {
  // "É" is two bytes and "😀" four (a surrogate pair a chunk boundary may cut in two).
  const text = fixture("full-remit.835")
    .replace("N1*PE*", "N1*PE*É😀 ")
    .replace(/~\n?SE\*/, "~\nXX1*");
  const whole = outcome(text);
  expect(whole.error?.byteOffset).toBeGreaterThan(whole.error?.offset ?? 0);
  for (const size of [1, 2, 5]) expect(outcome(chunks(text, size))).toEqual(whole);
});

test("a large remittance in chunks reads the same as whole", () => {
  const text = largeRemittanceText(300);
  const whole = parse835(text);
  expect(whole[0]?.claims).toHaveLength(300);
  expect(parse835(chunks(text, 4096))).toEqual(whole);
});

test("chunks are pulled as the segments are read, not all before the first one", () => {
  const text = largeRemittanceText(300); // about 30 KB
  const parts = chunks(text, 1024);
  let pulled = 0;
  const source = {
    *[Symbol.iterator]() {
      for (const part of parts) {
        pulled++;
        yield part;
      }
    },
  };
  const segments = eachSegment(source);
  const first = segments.next();
  expect(first.value).toMatchObject({ id: "ISA" });
  expect(pulled).toBeLessThanOrEqual(2);
  let count = 1;
  for (const segment of segments) {
    count++;
    // Never more than one chunk ahead of the segment being read.
    expect(pulled).toBeLessThanOrEqual(Math.floor(segment.offset / 1024) + 2);
  }
  expect(count).toBe(8 + 300 * 4 + 3); // ISA GS ST BPR TRN N1 N1 LX, the claims, SE GE IEA
  expect(pulled).toBe(parts.length);
});
