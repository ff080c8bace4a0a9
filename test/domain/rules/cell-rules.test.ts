import type { TableName } from "../../../src/domain/catalog";
import { validateWorkbook } from "../../../src/domain/rules";
import { AS_OF, brief, d, practiceWith, toWorkbook, validPractice, type RowSpec } from "./fixture";

const check = (table: TableName, row: number, patch: RowSpec) =>
  validateWorkbook(toWorkbook(practiceWith(table, row, patch)), { asOf: AS_OF });

describe("catalog cell rules", () => {
  it("finds nothing in a practice where every value is right", () => {
    expect(validateWorkbook(toWorkbook(validPractice()), { asOf: AS_OF })).toEqual([]);
  });

  // [what, table, row, bad patch, header, ruleId, message part, good patch]
  const cases: [string, TableName, number, RowSpec, string, string, string, RowSpec][] = [
    [
      "date as ambiguous text",
      "Claims",
      0,
      { "Service Date": "02/03/2026" },
      "Service Date",
      "cell.type",
      'Service Date "02/03/2026" is not a date',
      { "Service Date": d("2026-02-03") },
    ],
    [
      "impossible date",
      "Claims",
      0,
      { "Service Date": "2026-02-30" },
      "Service Date",
      "cell.type",
      "is not a date",
      { "Service Date": d("2026-02-03") },
    ],
    [
      "amount as text",
      "ClaimLines",
      1,
      { Charge: "fifty" },
      "Charge",
      "cell.type",
      'Charge "fifty" is not a number',
      { Charge: 50 },
    ],
    [
      "negative amount",
      "Budget",
      0,
      { Amount: -5 },
      "Amount",
      "cell.min",
      "Amount -5 cannot be negative",
      { Amount: 0 },
    ],
    [
      "negative On Hand",
      "Inventory",
      0,
      { "On Hand": -3 },
      "On Hand",
      "cell.min",
      "On Hand -3 cannot be negative",
      { "On Hand": 0 },
    ],
    [
      "fraction in a whole-number column",
      "ClaimLines",
      0,
      { Units: 1.5 },
      "Units",
      "cell.integer",
      "Units 1.5 is not a whole number",
      { Units: 2 },
    ],
    [
      "value outside a fixed list",
      "Claims",
      0,
      { Status: "Payed" },
      "Status",
      "cell.list",
      'Status "Payed" is not one of',
      { Status: "paid" },
    ],
    [
      "Yes/No column",
      "Providers",
      0,
      { Active: "Maybe" },
      "Active",
      "cell.list",
      '"Maybe" is not one of: Yes, No',
      { Active: "no" },
    ],
    [
      "email",
      "Staff",
      0,
      { Email: "cara at example" },
      "Email",
      "cell.type",
      "is not an email address",
      { Email: "c.diaz@example.org" },
    ],
    [
      "time",
      "Appointments",
      0,
      { Start: "25:00" },
      "Start",
      "cell.type",
      '"25:00" is not a time of day',
      { Start: 0.375 },
    ],
    [
      "required cell left blank",
      "Claims",
      0,
      { "Patient Ref": "" },
      "Patient Ref",
      "cell.required",
      "Patient Ref is required",
      { "Patient Ref": "MRN9" },
    ],
    [
      "Excel error value",
      "ClaimLines",
      0,
      { Charge: "#N/A" },
      "Charge",
      "cell.error-value",
      "Charge shows the Excel error #N/A",
      { Charge: 100 },
    ],
    [
      "NPI check digit",
      "Providers",
      0,
      { NPI: "1234567890" },
      "NPI",
      "code.npi",
      "NPI 1234567890 fails the check digit",
      { NPI: 1234567893 },
    ],
    [
      "NPI first digit",
      "Providers",
      0,
      { NPI: "3234567893" },
      "NPI",
      "code.npi",
      "must start with 1 or 2",
      { NPI: "1234567893" },
    ],
    [
      "NPI length",
      "Providers",
      0,
      { NPI: "123456789" },
      "NPI",
      "code.npi",
      "must be exactly 10 digits",
      { NPI: "" },
    ],
    [
      "CPT Category I",
      "ClaimLines",
      0,
      { Code: "9921" },
      "Code",
      "code.procedure",
      "Code 9921 is not a CPT or HCPCS code",
      { Code: "99214" },
    ],
    [
      "CPT Category II",
      "ClaimLines",
      0,
      { Code: "1234X" },
      "Code",
      "code.procedure",
      "not a CPT",
      { Code: "3074F" },
    ],
    [
      "CPT Category III",
      "ClaimLines",
      0,
      { Code: "0042" },
      "Code",
      "code.procedure",
      "not a CPT",
      { Code: "0042T" },
    ],
    [
      "CPT PLA",
      "FeeSchedule",
      0,
      { Code: "U0001" + "1" },
      "Code",
      "code.procedure",
      "not a CPT",
      { Code: "0001U" },
    ],
    [
      "HCPCS Level II",
      "ClaimLines",
      2,
      { Code: "GG439" },
      "Code",
      "code.procedure",
      "not a CPT",
      { Code: "J1885" },
    ],
    [
      "ICD-10-CM in a list",
      "Claims",
      0,
      { "Diagnosis Codes": "I10, 123.4" },
      "Diagnosis Codes",
      "code.icd10",
      "123.4 is not an ICD-10-CM code",
      { "Diagnosis Codes": "I10; S72.001A, E119" },
    ],
    [
      "modifier",
      "FeeSchedule",
      0,
      { Modifier: "255" },
      "Modifier",
      "code.modifier",
      "Modifier 255 is not a modifier",
      { Modifier: "LT" },
    ],
    [
      "modifier list",
      "ClaimLines",
      0,
      { Modifiers: "25, X" },
      "Modifiers",
      "code.modifier-list",
      "X is not a modifier",
      { Modifiers: "25,59" },
    ],
    [
      "five modifiers",
      "ClaimLines",
      0,
      { Modifiers: "25,59,LT,RT,GT" },
      "Modifiers",
      "code.modifier-list",
      "at most 4",
      { Modifiers: "25,59,LT,RT" },
    ],
    [
      "CARC reason code",
      "Payments",
      0,
      { "Adjustment Reason": "4500" },
      "Adjustment Reason",
      "code.carc",
      "4500 is not a claim adjustment reason code",
      { "Adjustment Reason": "A1" },
    ],
    [
      "group code",
      "Payments",
      0,
      { "Adjustment Group": "XX" },
      "Adjustment Group",
      "cell.list",
      '"XX" is not one of: CO, PR, OA, PI',
      { "Adjustment Group": "PR" },
    ],
    [
      "work days",
      "Providers",
      0,
      { "Work Days": "Mon,Funday" },
      "Work Days",
      "code.weekdays",
      "is not a list of weekdays",
      { "Work Days": "Mon,Tue,Wed,Thu,Fri" },
    ],
  ];

  it.each(cases)(
    "reports %s and accepts a good value",
    (_what, table, row, bad, header, ruleId, message, good) => {
      const findings = check(table, row, bad);
      expect(brief(findings)).toEqual([`${table}#${row} ${header} ${ruleId} error`]);
      expect(findings[0]?.message).toContain(message);
      expect(findings[0]?.value).toBe(Object.values(bad)[0]);
      expect(check(table, row, good)).toEqual([]);
    },
  );

  // Wrong kind but meaningful: used as what it says (the same reader feeds the summaries) and flagged.
  it.each([
    ["a date typed as text", "Claims", 0, { "Service Date": "2026-02-03" }, "Service Date", "a date"],
    ["a date spelled out as text", "Claims", 0, { "Service Date": "3 Feb 2026" }, "Service Date", "a date"],
    ["an amount typed as text", "ClaimLines", 1, { Charge: "50.00" }, "Charge", "a number"],
    ["a time typed as text", "Appointments", 0, { Start: "9:00 AM" }, "Start", "a time"],
  ] as [string, TableName, number, RowSpec, string, string][])(
    "warns about %s (Excel's own sums skip it) without other findings",
    (_what, table, row, patch, header, what) => {
      const findings = check(table, row, patch);
      expect(brief(findings)).toEqual([`${table}#${row} ${header} cell.text-value warning`]);
      expect(findings[0]?.message).toContain(`is ${what} stored as text`);
    },
  );

  it("gives the column index in workbook order so the cell can be found", () => {
    const [finding] = check("Claims", 0, { "Total Charge": "abc", Balance: "" });
    expect(finding?.columnIndex).toBe(6); // Claim ID, Patient Ref, Payer ID, Provider ID, Service Date, Diagnosis Codes, Total Charge
  });

  it("reads columns by header whatever their order, case or spacing, and ignores extra columns", () => {
    const wb = toWorkbook(validPractice());
    const claims = wb.Claims!;
    const order = claims.headers.map((_, i) => i).reverse();
    const headers = [...order.map((i) => `  ${claims.headers[i]!.toUpperCase()} `), "My notes"];
    const rows = claims.rows.map((row) => [...order.map((i) => row[i]!), "=anything"]);
    rows[0]![headers.indexOf("  SERVICE DATE ")] = "not a date";
    const findings = validateWorkbook({ ...wb, Claims: { headers, rows } }, { asOf: AS_OF });
    expect(brief(findings)).toEqual(["Claims#0   SERVICE DATE  cell.type error"]);
  });

  it("reports a missing required column once, and skips blank rows", () => {
    const wb = toWorkbook(validPractice());
    const vendors = wb.Vendors!;
    const keep = vendors.headers.map((h, i) => [h, i] as const).filter(([h]) => h !== "Name");
    const rows = [...vendors.rows.map((r) => keep.map(([, i]) => r[i]!)), keep.map(() => "")];
    const findings = validateWorkbook(
      { ...wb, Vendors: { headers: keep.map(([h]) => h), rows } },
      { asOf: AS_OF },
    );
    expect(brief(findings)).toEqual(["Vendors#-1 Name table.missing-column error"]);
    expect(findings[0]?.message).toBe('Vendors has no "Name" column: run Set up workbook to add it');
  });

  it("cuts huge text in messages", () => {
    const [finding] = check("ClaimLines", 0, { Charge: "x".repeat(30_000) });
    expect(finding?.message.length).toBeLessThan(200);
    expect(finding?.value).toHaveLength(30_000);
  });
});
