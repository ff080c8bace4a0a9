import { serialFromYmd } from "../../src/domain/dates/excel-dates";
import { filingDeadline } from "../../src/functions/functions";
import { firstResult } from "./stream-cell";

const fn = filingDeadline as unknown as (...args: unknown[]) => unknown;

describe("PM.FILINGDEADLINE with a number of days (no table needed)", () => {
  it("adds the days to the service date, as serial or text", async () => {
    expect(await firstResult(fn, serialFromYmd(2026, 1, 15), 90)).toBe(serialFromYmd(2026, 4, 15));
    expect(await firstResult(fn, "2026-01-15", "90")).toBe(serialFromYmd(2026, 4, 15));
    // Leap year: 365 days after 1 March 2023 is 29 February 2024.
    expect(await firstResult(fn, "2023-03-01", 365)).toBe(serialFromYmd(2024, 2, 29));
    expect(await firstResult(fn, "2026-01-15", 0)).toBe(serialFromYmd(2026, 1, 15));
  });
  it("errors name the argument", async () => {
    expect(await firstResult(fn, null, 90)).toMatchObject({
      code: "#N/A",
      message: "PM.FILINGDEADLINE: serviceDate is blank",
    });
    expect(await firstResult(fn, "2026-01-15", -5)).toMatchObject({
      code: "#VALUE!",
      message: "PM.FILINGDEADLINE: daysOrPayerId -5 must be at least 0",
    });
    expect(await firstResult(fn, "2026-01-15", 30.5)).toMatchObject({
      code: "#VALUE!",
      message: "PM.FILINGDEADLINE: daysOrPayerId 30.5 must be a whole number",
    });
    expect(await firstResult(fn, "2026-01-15", null)).toMatchObject({
      code: "#VALUE!",
      message: "PM.FILINGDEADLINE: daysOrPayerId is blank",
    });
  });
});
