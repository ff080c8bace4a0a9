import fc from "fast-check";
import { X12ParseError, balanceProblems, parse835 } from "../../../src/domain/import";
import { fixture } from "./x12-fixtures";

/**
 * Whatever the bytes, the reader either returns remittances or throws its own X12ParseError with
 * a position inside the text: never a TypeError, RangeError or an error without a location.
 */
function parsesOrFailsCleanly(text: string): void {
  try {
    for (const remittance of parse835(text)) balanceProblems(remittance);
  } catch (error) {
    if (!(error instanceof X12ParseError)) throw error;
    expect(Number.isInteger(error.segmentNumber) && error.segmentNumber >= 0).toBe(true);
    expect(error.offset >= 0 && error.offset <= text.length).toBe(true);
    expect(error.message).toMatch(/\[segment \d+/);
  }
}

const VALID = ["full-remit.835", "reversal.835", "custom-delimiters.edi", "multi-envelope.edi"].map(fixture);
const X12_CHARS = "ISAGSTEBPRNCLVMD0123456789*:~^|>\n\r .-";

const mutation = fc.oneof(
  // Replace a range with random X12-ish characters.
  fc.record({
    kind: fc.constant("replace" as const),
    at: fc.nat(),
    length: fc.nat(12),
    with: fc.string({ unit: fc.constantFrom(...X12_CHARS), maxLength: 12 }),
  }),
  // Delete a range (truncation when it runs to the end).
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat(400) }),
  // Duplicate a range (repeated segments, broken counts).
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat(80) }),
);

interface Mutation {
  readonly kind: "replace" | "delete" | "duplicate";
  readonly at: number;
  readonly length: number;
  readonly with?: string;
}

function mutate(text: string, steps: readonly Mutation[]): string {
  let result = text;
  for (const step of steps) {
    const at = result.length === 0 ? 0 : step.at % result.length;
    const end = Math.min(result.length, at + step.length);
    if (step.kind === "replace") result = result.slice(0, at) + (step.with ?? "") + result.slice(end);
    else if (step.kind === "delete") result = result.slice(0, at) + result.slice(end);
    else result = result.slice(0, end) + result.slice(at, end) + result.slice(end);
  }
  return result;
}

describe("the reader never fails with anything but X12ParseError", () => {
  test("random text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), parsesOrFailsCleanly), { numRuns: 300 });
  });

  test("random bytes decoded as the browser's File.text() would (UTF-8 with replacement)", () => {
    const decoder = new TextDecoder("utf-8");
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => parsesOrFailsCleanly(decoder.decode(bytes))),
      { numRuns: 300 },
    );
  });

  test("random text after a valid ISA header", () => {
    const isa = VALID[0]?.slice(0, 106) ?? "";
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...X12_CHARS), maxLength: 300 }), (tail) =>
        parsesOrFailsCleanly(isa + tail),
      ),
      { numRuns: 300 },
    );
  });

  test("random mutations of valid files", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (text, steps) => parsesOrFailsCleanly(mutate(text, steps)),
      ),
      { numRuns: 600 },
    );
  });
});
