/**
 * Import RVU file on the in-memory host: preview (reads only), append (adds what the year lacks) and
 * replace (the year's rows become the file's; other years and user columns untouched). Range.delete
 * on whole table rows shrinks the table, as the Range.delete docs describe for rows inside a table
 * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)).
 */
import { parseRvuFile } from "../../../src/domain/import/rvu-file";
import { setupWorkbook } from "../../../src/excel/setup";
import { contiguousRuns, importRvuFile, previewRvuImport } from "../../../src/excel/rvu/import-rvu";
import { appendRows, readTable } from "../../../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../../../src/host";

const FILE_2026 = parseRvuFile(
  [
    "Code,Modifier,Work RVU,PE RVU,MP RVU,Total RVU",
    "99213,,1.3,1.26,0.1,2.66",
    "99214,,1.92,1.62,0.14,3.68",
    "71046,26,0.22,0.09,0.01,0.32",
    "99999,,9,0,0,9",
  ].join("\n"),
  "rvu-2026.csv",
);

async function practice(): Promise<ExcelHost> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  await host.run(async (context) => {
    await appendRows(context, "ClaimLines", [
      { "Claim ID": "C1", Line: 1, Code: "99213", Units: 1, Charge: 100 },
      { "Claim ID": "C1", Line: 2, Code: "71046", Modifiers: "26", Units: 1, Charge: 50 },
      { "Claim ID": "C2", Line: 1, Code: "G0439", Units: 1, Charge: 200 },
    ]);
    await appendRows(context, "RVU", [
      { Code: "99213", Year: 2025, "Work RVU": 1.2 },
      { Code: "99213", Year: 2026, "Work RVU": 1.0 },
      { Code: "99215", Year: 2026, "Work RVU": 2.8 },
      { Code: "99211", Year: 2026, "Work RVU": 0.18 },
      { Code: "99395", Year: 2025, "Work RVU": 1.75 },
    ]);
  });
  return host;
}

async function rvuRows(host: ExcelHost) {
  return host.run(async (context) => {
    const t = await readTable(context, "RVU");
    if (!t) throw new Error("no RVU table");
    return t.typed().map((r) => [r.code, r.modifier ?? "", r.year, r.workRvu]);
  });
}

describe("Import RVU file", () => {
  it("previews rows, year and how many billed codes the file covers, writing nothing", async () => {
    const host = await practice();
    const before = await rvuRows(host);
    const plan = await previewRvuImport(host.run, FILE_2026, { year: 2026, onlyBilledCodes: false });
    expect(plan).toMatchObject({
      year: 2026,
      rowsInFile: 4,
      rowsChosen: 4,
      existingYearRows: 3,
      alreadyPresent: 1, // 99213 for 2026
      billedCodes: 3, // 99213, 71046, G0439
      billedCodesInFile: 2,
      billedCodesMissing: ["G0439"],
      appendAdds: 3,
      replaceWrites: 4,
      replaceRemoves: 0,
    });
    expect(await rvuRows(host)).toEqual(before);
  });

  it("append adds the codes the year lacks and keeps the rows it has", async () => {
    const host = await practice();
    const outcome = await importRvuFile(host.run, FILE_2026, {
      year: 2026,
      mode: "append",
      onlyBilledCodes: false,
    });
    expect(outcome).toMatchObject({ kind: "imported", added: 3, updated: 0, removed: 0 });
    expect(await rvuRows(host)).toEqual([
      ["99213", "", 2025, 1.2],
      ["99213", "", 2026, 1.0], // kept: append never overwrites
      ["99215", "", 2026, 2.8],
      ["99211", "", 2026, 0.18],
      ["99395", "", 2025, 1.75],
      ["99214", "", 2026, 1.92],
      ["71046", "26", 2026, 0.22],
      ["99999", "", 2026, 9],
    ]);
    const again = await importRvuFile(host.run, FILE_2026, {
      year: 2026,
      mode: "append",
      onlyBilledCodes: false,
    });
    expect(again.kind).toBe("nothing-to-do");
  });

  it("replace makes the file's rows the year's rows; other years stay", async () => {
    const host = await practice();
    const outcome = await importRvuFile(host.run, FILE_2026, {
      year: 2026,
      mode: "replace",
      onlyBilledCodes: false,
    });
    expect(outcome).toMatchObject({ kind: "imported", updated: 3, added: 1, removed: 0 });
    expect(await rvuRows(host)).toEqual([
      ["99213", "", 2025, 1.2],
      ["99213", "", 2026, 1.3],
      ["99214", "", 2026, 1.92],
      ["71046", "26", 2026, 0.22],
      ["99395", "", 2025, 1.75],
      ["99999", "", 2026, 9],
    ]);
  });

  it("replace with fewer rows removes the year's surplus rows only", async () => {
    const host = await practice();
    const small = parseRvuFile("Code,Work RVU\n99213,1.3\n", "x.csv");
    const outcome = await importRvuFile(host.run, small, {
      year: 2026,
      mode: "replace",
      onlyBilledCodes: false,
    });
    expect(outcome).toMatchObject({ kind: "imported", updated: 1, added: 0, removed: 2 });
    expect(await rvuRows(host)).toEqual([
      ["99213", "", 2025, 1.2],
      ["99213", "", 2026, 1.3],
      ["99395", "", 2025, 1.75],
    ]);
  });

  it("only billed codes: a 19,000-row CMS file need not fill the workbook", async () => {
    const host = await practice();
    const outcome = await importRvuFile(host.run, FILE_2026, {
      year: 2027,
      mode: "append",
      onlyBilledCodes: true,
    });
    expect(outcome).toMatchObject({ kind: "imported", added: 2 });
    const rows = await rvuRows(host);
    expect(rows.filter((r) => r[2] === 2027).map((r) => r[0])).toEqual(["99213", "71046"]);
  });

  it("says to run Set up when the workbook has no RVU table, writing nothing", async () => {
    const host = createExcelHost();
    const outcome = await importRvuFile(host.run, FILE_2026, {
      year: 2026,
      mode: "append",
      onlyBilledCodes: false,
    });
    expect(outcome).toEqual({ kind: "no-table" });
    expect(host.workbook.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("contiguousRuns", () => {
  it("groups sorted indexes into runs", () => {
    expect(contiguousRuns([3, 4, 5, 9, 11, 12])).toEqual([
      { start: 3, count: 3 },
      { start: 9, count: 1 },
      { start: 11, count: 2 },
    ]);
    expect(contiguousRuns([])).toEqual([]);
  });
});
