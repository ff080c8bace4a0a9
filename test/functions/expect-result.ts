import type { ExampleResult } from "../../src/functions/examples";

/** Compares a function result with a documented one; numbers to 9 decimal places. */
export function expectResult(actual: unknown, expected: ExampleResult): void {
  if (typeof expected === "object") {
    expect(Array.isArray(actual)).toBe(true);
    const rows = actual as unknown[][];
    expect(rows.length).toBe(expected.length);
    expected.forEach((row, r) => {
      expect(rows[r]?.length).toBe(row.length);
      row.forEach((cell, c) => expectResult(rows[r]?.[c], cell));
    });
  } else if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    expect(actual as number).toBeCloseTo(expected, 9);
  } else {
    expect(actual).toBe(expected);
  }
}
