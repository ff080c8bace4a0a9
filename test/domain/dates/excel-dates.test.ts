import {
  addMonths,
  daysInMonth,
  firstOfMonth,
  isoFromSerial,
  parseDate,
  parseTime,
  serialFromYmd,
  weekdayOfSerial,
} from "../../../src/domain/dates/excel-dates";

describe("Excel serial dates", () => {
  it("match Excel's serials for known days", () => {
    // Excel: =DATE(2026,1,1) is 46023; =DATE(2000,2,29) is 36585; =DATE(1900,3,1) is 61.
    expect(serialFromYmd(2026, 1, 1)).toBe(46023);
    expect(serialFromYmd(2000, 2, 29)).toBe(36585);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(isoFromSerial(46023)).toBe("2026-01-01");
  });

  it("know weekdays (2026-11-27 is a Friday)", () => {
    expect(weekdayOfSerial(serialFromYmd(2026, 11, 27))).toBe(5);
    expect(weekdayOfSerial(serialFromYmd(2026, 11, 29))).toBe(0);
  });

  it("do month arithmetic across years and leap Februaries", () => {
    expect(isoFromSerial(addMonths(serialFromYmd(2025, 12, 15), 2))).toBe("2026-02-01");
    expect(isoFromSerial(addMonths(serialFromYmd(2026, 1, 31), -1))).toBe("2025-12-01");
    expect(daysInMonth(serialFromYmd(2024, 2, 10))).toBe(29);
    expect(daysInMonth(serialFromYmd(2026, 2, 10))).toBe(28);
    expect(isoFromSerial(firstOfMonth(serialFromYmd(2026, 7, 19)))).toBe("2026-07-01");
  });
});

describe("parseDate", () => {
  it("accepts serials, ISO text and spelled-out months", () => {
    expect(parseDate(46023.75)).toBe(46023);
    expect(parseDate("2026-01-01")).toBe(46023);
    expect(parseDate("2026-01-01T10:30:00Z")).toBe(46023);
    expect(parseDate("1 Jan 2026")).toBe(46023);
    expect(parseDate("January 1, 2026")).toBe(46023);
    expect(parseDate("Jan 2026")).toBe(46023);
  });

  it("refuses impossible and ambiguous dates", () => {
    expect(parseDate("2026-02-29")).toBeNull();
    expect(parseDate("2024-02-29")).toBe(serialFromYmd(2024, 2, 29));
    expect(parseDate("01/02/2026")).toBeNull();
    expect(parseDate("Janvier 2026")).toBeNull();
    expect(parseDate(-5)).toBeNull();
    expect(parseDate(true)).toBeNull();
    expect(parseDate("")).toBeNull();
  });
});

describe("parseTime", () => {
  it("reads day fractions and clock text", () => {
    expect(parseTime(0.5)).toBe(0.5);
    expect(parseTime("8:30")).toBeCloseTo(8.5 / 24);
    expect(parseTime("2:15 PM")).toBeCloseTo(14.25 / 24);
    expect(parseTime("12:00 AM")).toBe(0);
    expect(parseTime("25:00")).toBeNull();
    expect(parseTime("13:00 PM")).toBeNull();
  });
});
