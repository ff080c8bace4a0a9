/**
 * The sample generator runs in steps (issue 12: the standalone app lets the page run between them while
 * it builds the Large sample): driven with pauses it pauses many times on a large practice, and the
 * practice it makes is the same, value for value and planted error for planted error.
 */
import { generatePractice, generatePracticeWithPauses } from "../../../src/domain/sample";

describe("generating the sample practice in steps", () => {
  const options = { claimLines: 20_000, seed: 3, asOf: 46_097, plantErrors: true } as const;

  it("pauses between steps and makes exactly what generatePractice makes", async () => {
    let pauses = 0;
    const stepped = await generatePracticeWithPauses(options, () => {
      pauses++;
      return Promise.resolve();
    });
    const once = generatePractice(options);
    expect(stepped).toEqual(once);
    expect(stepped.plantedErrors).toEqual(once.plantedErrors);
    expect(stepped.plantedErrors.length).toBeGreaterThan(0);
    // 20,000 claim lines: billing, the revenue-cycle pass and the tables' layout each pause many times.
    expect(stepped.ClaimLines.rows.length).toBeGreaterThan(15_000);
    expect(pauses).toBeGreaterThan(40);
  });
});
