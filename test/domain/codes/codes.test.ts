import {
  describeAdjustment,
  isCarc,
  isCpt,
  isGroupCode,
  isHcpcs,
  isIcd10,
  isModifier,
  isNpi,
  npiCheckDigit,
  npiProblem,
  splitCodeList,
} from "../../../src/domain/codes";

describe("NPI", () => {
  it("accepts the CMS worked example 1234567893 and rejects a wrong check digit", () => {
    // CMS example: 80840 + 123456789 -> doubled-digit sum 67 -> check digit 3.
    expect(npiCheckDigit("123456789")).toBe(3);
    expect(isNpi("1234567893")).toBe(true);
    expect(npiProblem("1234567890")).toBe("check-digit");
  });

  it("requires 10 digits starting with 1 or 2", () => {
    expect(npiProblem("123456789")).toBe("format");
    expect(npiProblem("12345678A3")).toBe("format");
    expect(npiProblem("3234567893")).toBe("prefix");
  });
});

describe("procedure codes", () => {
  it("recognises CPT categories I, II, III and PLA", () => {
    expect(["99213", "3074F", "0042T", "0001U"].every(isCpt)).toBe(true);
    expect(["9921", "992134", "3074X", "A0428"].some(isCpt)).toBe(false);
  });

  it("recognises HCPCS Level II", () => {
    expect(isHcpcs("G0439")).toBe(true);
    expect(isHcpcs("j1885")).toBe(true);
    expect(isHcpcs("99213")).toBe(false);
    expect(isHcpcs("GG439")).toBe(false);
  });

  it("checks modifiers are two alphanumerics", () => {
    expect(["25", "59", "LT"].every(isModifier)).toBe(true);
    expect(["2", "259", "L-"].some(isModifier)).toBe(false);
  });
});

describe("ICD-10-CM", () => {
  it("accepts codes with and without the dot", () => {
    expect(["E11.9", "S72.001A", "Z00.00", "I10", "E119", "M54.50"].every(isIcd10)).toBe(true);
  });
  it("rejects malformed codes", () => {
    expect(["11.9", "E1", "EE1.9", "E11.99999", "E11."].some(isIcd10)).toBe(false);
  });
  it("splits code lists", () => {
    expect(splitCodeList("E11.9, I10;Z00.00")).toEqual(["E11.9", "I10", "Z00.00"]);
  });
});

describe("adjustment codes", () => {
  it("knows group codes and reason code shapes", () => {
    expect(isGroupCode("CO")).toBe(true);
    expect(isGroupCode("pr")).toBe(true);
    expect(isGroupCode("XX")).toBe(false);
    expect(["1", "45", "253", "A1", "P12"].every(isCarc)).toBe(true);
    expect(["0", "1000", "AA", "45A"].some(isCarc)).toBe(false);
  });
  it("describes adjustments for previews", () => {
    expect(describeAdjustment("co", "45")).toBe("CO-45 Charge exceeds fee schedule or contracted amount");
    expect(describeAdjustment("PR", "999")).toBe("PR-999");
  });
});
