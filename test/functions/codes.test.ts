import { isCpt, isHcpcs, isIcd10, isNpi } from "../../src/functions/functions";

describe("PM.ISNPI", () => {
  it("accepts a valid NPI as text or as a number", () => {
    // CMS example: 123456789 -> check digit 3.
    expect(isNpi("1234567893")).toBe(true);
    expect(isNpi(1234567893)).toBe(true);
    expect(isNpi(" 1234567893 ")).toBe(true);
  });
  it("rejects wrong check digits, lengths, blanks and other types", () => {
    expect(isNpi("1234567890")).toBe(false);
    expect(isNpi("123456789")).toBe(false);
    expect(isNpi(1234567893.5)).toBe(false);
    expect(isNpi(null)).toBe(false);
    expect(isNpi("")).toBe(false);
    expect(isNpi(true)).toBe(false);
  });
});

describe("PM.ISCPT / PM.ISHCPCS / PM.ISICD10", () => {
  it("checks code shapes", () => {
    expect(isCpt("99213")).toBe(true);
    expect(isCpt(99213)).toBe(true);
    expect(isCpt("0001U")).toBe(true);
    expect(isCpt("J1100")).toBe(false);
    expect(isHcpcs("j1100")).toBe(true);
    expect(isHcpcs("99213")).toBe(false);
    expect(isIcd10("E11.9")).toBe(true);
    expect(isIcd10("E119")).toBe(true);
    expect(isIcd10("11.9")).toBe(false);
  });
  it("is FALSE for blanks and non-codes, never an error", () => {
    for (const f of [isCpt, isHcpcs, isIcd10]) {
      expect(f(null)).toBe(false);
      expect(f(undefined)).toBe(false);
      expect(f(false)).toBe(false);
      expect(f(-5)).toBe(false);
    }
  });
});
