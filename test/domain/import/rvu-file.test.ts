import { parseRvuFile, RvuFileError, yearFromText } from "../../../src/domain/import/rvu-file";

/**
 * A synthetic file in the layout of CMS's PPRRVU CSV (made-up values, no CMS data): title and copyright
 * lines, then a header split over two rows ("WORK" above "RVU"), then one row per code and modifier.
 */
const CMS_LIKE = [
  '"2026 National Physician Fee Schedule Relative Value File January Release",,,,,,,,,,,,',
  '"CPT codes and descriptions only are copyright 2025 American Medical Association.",,,,,,,,,,,,',
  ",,,STATUS,NOT USED FOR MEDICARE,WORK,NON-FAC,NON-FAC NA,FACILITY,FACILITY NA,MP,NON-FACILITY,FACILITY",
  "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL",
  '99213,,"Office o/p est low, 20 min",A,,1.30,1.26,,0.55,,0.10,2.66,1.95',
  "99214,,Office o/p est mod 30 min,A,,1.92,1.62,,0.80,,.14,3.68,2.86",
  "93000,,Electrocardiogram complete,A,,0.17,0.31,,NA,NA,0.01,0.49,NA",
  "71046,26,X-ray exam chest 2 views,A,,0.22,0.09,,0.09,,0.01,0.32,0.32",
  "71046,TC,X-ray exam chest 2 views,A,,0.00,0.70,,NA,NA,0.01,0.71,NA",
].join("\r\n");

describe("parseRvuFile: CMS's PPRRVU layout", () => {
  const file = parseRvuFile(CMS_LIKE, "PPRRVU26_JAN.csv");

  it("finds the columns under a header split over two rows and reads every code", () => {
    expect(file.layout).toBe("CMS PPRRVU");
    expect(file.rows).toHaveLength(5);
    expect(file.rows[0]).toEqual({
      code: "99213",
      modifier: "",
      workRvu: 1.3,
      peRvu: 1.26,
      mpRvu: 0.1,
      totalRvu: 2.66,
    });
    // Non-facility PE (an office), not the facility column next to it.
    expect(file.rows[2]).toEqual({
      code: "93000",
      modifier: "",
      workRvu: 0.17,
      peRvu: 0.31,
      mpRvu: 0.01,
      totalRvu: 0.49,
    });
  });

  it("reads CMS's decimals without a leading zero and keeps modifiers apart", () => {
    expect(file.rows[1]?.mpRvu).toBe(0.14);
    expect(file.rows.filter((r) => r.code === "71046").map((r) => [r.modifier, r.workRvu])).toEqual([
      ["26", 0.22],
      ["TC", 0],
    ]);
  });

  it("takes the year from the title line, not the copyright line", () => {
    expect(file.year).toBe(2026);
    expect(file.skipped).toEqual([]);
  });
});

describe("parseRvuFile: a plain CSV", () => {
  it("reads Code, Modifier, Year and the RVU columns in any order and case", () => {
    const file = parseRvuFile(
      [
        "year,total rvu,Work RVU,code,Modifier,PE RVU,MP RVU",
        "2025,2.6,1.3,99213,,1.2,0.1",
        "2025,0.3,0.2,71046,26,0.09,0.01",
      ].join("\n"),
    );
    expect(file.layout).toBe("CSV");
    expect(file.year).toBe(2025);
    expect(file.rows.map((r) => [r.code, r.modifier, r.workRvu, r.totalRvu])).toEqual([
      ["99213", "", 1.3, 2.6],
      ["71046", "26", 0.2, 0.3],
    ]);
  });

  it("adds up the total when the file has none, and finds the year in the file name", () => {
    const file = parseRvuFile("Code,Work RVU,PE RVU,MP RVU\n99213,1.3,1.26,0.1\n", "rvu-2024.csv");
    expect(file.rows[0]?.totalRvu).toBeCloseTo(2.66, 10);
    expect(file.year).toBe(2024);
  });

  it("passes over rows it cannot use and says which, keeping the rest", () => {
    const file = parseRvuFile(
      ["Code,Work RVU", "99213,1.3", "HELLO,1", "99214,abc", "99213,1.5", "99215,2.8"].join("\n"),
    );
    expect(file.rows.map((r) => r.code)).toEqual(["99213", "99215"]);
    expect(file.skipped).toEqual([
      'Line 3: "HELLO" is not a CPT or HCPCS code',
      "Line 4: 99214 has an RVU that is not a number",
      "Line 5: 99213 appears again (the first is kept)",
    ]);
    expect(file.year).toBeNull();
  });

  it("never runs or keeps a formula-looking cell as a code", () => {
    const file = parseRvuFile(["Code,Work RVU", '"=HYPERLINK(""x"")",1', "99213,1.3"].join("\n"));
    expect(file.rows.map((r) => r.code)).toEqual(["99213"]);
    expect(file.skipped[0]).toMatch(/not a CPT or HCPCS code/);
  });
});

describe("parseRvuFile refuses a file of another shape, saying what was expected", () => {
  const refusal = (text: string) => {
    try {
      parseRvuFile(text);
    } catch (error) {
      expect(error).toBeInstanceOf(RvuFileError);
      return (error as Error).message;
    }
    throw new Error("not refused");
  };

  it("an 835 or any text without the columns", () => {
    expect(refusal("ISA*00*          *00*~GS*HP~ST*835*0001~")).toMatch(
      /No header .*Expected CMS's PPRRVU file/,
    );
  });
  it("a code column but no work RVUs", () => {
    expect(refusal("Code,Description,Fee RVU\n99213,Office,1")).toMatch(
      /The file has no Work RVU column\. Expected/,
    );
  });
  it("an empty file", () => {
    expect(refusal("")).toMatch(/empty/);
  });
  it("a header and no usable row", () => {
    expect(refusal("Code,Work RVU\nXYZ,1\n")).toMatch(/No usable rows: Line 2/);
  });
  it("several years in one file", () => {
    expect(refusal("Code,Year,Work RVU\n99213,2025,1.3\n99213,2026,1.3")).toMatch(
      /several years \(2025, 2026\)/,
    );
  });
});

describe("yearFromText", () => {
  it.each([
    ["PPRRVU26_JAN.csv", 2026],
    ["PPRRVU2025_Oct.csv", 2025],
    ["2026 National Physician Fee Schedule", 2026],
    ["rvu.csv", null],
  ])("%s -> %s", (text, year) => {
    expect(yearFromText(text)).toBe(year);
  });
});
