import { generatePractice, DEFAULT_AS_OF, type PracticeData } from "../../../src/domain/sample";
import { isCarc, isGroupCode } from "../../../src/domain/codes";
import type { CellValue } from "../../../src/domain/catalog";
import { cents, table } from "./sample-helpers";

let data: PracticeData;
beforeAll(() => {
  data = generatePractice();
}, 60_000);

function linesByClaim(d: PracticeData) {
  const lines = table(d, "ClaimLines");
  const byClaim = new Map<string, CellValue[][]>();
  for (const row of lines.rows) {
    const id = String(lines.value(row, "Claim ID"));
    const list = byClaim.get(id) ?? [];
    list.push(row);
    byClaim.set(id, list);
  }
  return { lines, byClaim };
}

/** Claim IDs (or other labels) breaking a rule: collected, then asserted empty once. */
function broken<T>(items: readonly T[], rule: (item: T) => boolean, label: (item: T) => string): string[] {
  return items
    .filter((item) => !rule(item))
    .map(label)
    .slice(0, 5);
}

describe("sample claims and claim lines", () => {
  it("bills one claim per completed visit up to asOf, for the same patient, provider and day", () => {
    const appts = table(data, "Appointments");
    const claims = table(data, "Claims");
    const visitKey = (patient: CellValue, provider: CellValue, date: CellValue) =>
      `${String(patient)}|${String(provider)}|${String(date)}`;
    const visits = appts.rows
      .filter((r) => appts.value(r, "Status") === "Completed" && appts.num(r, "Date") <= DEFAULT_AS_OF)
      .map((r) =>
        visitKey(appts.value(r, "Patient Ref"), appts.value(r, "Provider ID"), appts.value(r, "Date")),
      )
      .sort();
    const billed = claims.rows
      .map((r) =>
        visitKey(
          claims.value(r, "Patient Ref"),
          claims.value(r, "Provider ID"),
          claims.value(r, "Service Date"),
        ),
      )
      .sort();
    expect(billed.length).toBeGreaterThan(15_000);
    // Every claim is a visit; the visits without one are the few charge-capture slips the sample plants,
    // all of them from the last days (3 to 12 days old).
    const left = new Map<string, number>();
    for (const v of visits) left.set(v, (left.get(v) ?? 0) + 1);
    for (const b of billed) {
      expect(left.get(b)).toBeGreaterThan(0);
      left.set(b, (left.get(b) ?? 0) - 1);
    }
    const unbilled = [...left].filter(([, n]) => n > 0).map(([k]) => Number(k.split("|")[2]));
    expect(unbilled.length).toBeGreaterThan(0);
    expect(unbilled.length).toBeLessThan(visits.length * 0.01);
    for (const date of unbilled) {
      expect(DEFAULT_AS_OF - date).toBeGreaterThanOrEqual(3);
      expect(DEFAULT_AS_OF - date).toBeLessThanOrEqual(12);
    }
  });

  it("numbers each claim's lines 1..n and makes Total Charge the sum of their charges", () => {
    const claims = table(data, "Claims");
    const { lines, byClaim } = linesByClaim(data);
    expect(byClaim.size).toBe(claims.rows.length);
    const id = (c: CellValue[]) => String(claims.value(c, "Claim ID"));
    const own = (c: CellValue[]) => byClaim.get(id(c)) ?? [];
    expect(broken(claims.rows, (c) => own(c).every((l, i) => lines.value(l, "Line") === i + 1), id)).toEqual(
      [],
    );
    const sumOfLines = (c: CellValue[]) => own(c).reduce((s, l) => s + cents(lines.value(l, "Charge")), 0);
    expect(broken(claims.rows, (c) => sumOfLines(c) === cents(claims.value(c, "Total Charge")), id)).toEqual(
      [],
    );
  });

  it("keeps Paid <= Allowed <= Charge on every line", () => {
    const { lines } = linesByClaim(data);
    const label = (l: CellValue[]) =>
      `${String(lines.value(l, "Claim ID"))}/${String(lines.value(l, "Line"))}`;
    const unanswered = lines.rows.filter((l) => lines.value(l, "Allowed") === "");
    const answered = lines.rows.filter((l) => lines.value(l, "Allowed") !== "");
    expect(broken(unanswered, (l) => lines.value(l, "Paid") === "", label)).toEqual([]);
    const ordered = (l: CellValue[]) =>
      cents(lines.value(l, "Paid")) <= cents(lines.value(l, "Allowed")) &&
      cents(lines.value(l, "Allowed")) <= cents(lines.value(l, "Charge"));
    expect(broken(answered, ordered, label)).toEqual([]);
  });

  it("keeps Paid <= Allowed <= Total Charge on claims, with Allowed and Paid the sums of their lines", () => {
    const claims = table(data, "Claims");
    const { lines, byClaim } = linesByClaim(data);
    const id = (c: CellValue[]) => String(claims.value(c, "Claim ID"));
    const sumOf = (c: CellValue[], header: string) =>
      (byClaim.get(id(c)) ?? []).reduce((s, l) => s + cents(lines.value(l, header)), 0);
    const answered = claims.rows.filter((c) => claims.value(c, "Allowed") !== "");
    expect(answered.length).toBeGreaterThan(10_000);
    const consistent = (c: CellValue[]) =>
      cents(claims.value(c, "Paid")) <= cents(claims.value(c, "Allowed")) &&
      cents(claims.value(c, "Allowed")) <= cents(claims.value(c, "Total Charge")) &&
      cents(claims.value(c, "Allowed")) === sumOf(c, "Allowed") &&
      cents(claims.value(c, "Paid")) === sumOf(c, "Paid");
    expect(broken(answered, consistent, id)).toEqual([]);
  });

  it("leaves an insured paid claim owing exactly the patient's share (Total - Paid - Adjustment)", () => {
    const claims = table(data, "Claims");
    const paid = claims.rows.filter(
      (r) => claims.value(r, "Status") === "Paid" && claims.value(r, "Payer ID") !== "SELF",
    );
    expect(paid.length).toBeGreaterThan(10_000);
    const owes = (r: CellValue[]) =>
      cents(claims.value(r, "Total Charge")) -
        cents(claims.value(r, "Paid")) -
        cents(claims.value(r, "Adjustment")) ===
      cents(claims.value(r, "Patient Responsibility"));
    expect(broken(paid, owes, (r) => String(claims.value(r, "Claim ID")))).toEqual([]);
  });

  it("has a realistic status mix, every denial with its reason, drafts only for the last few days", () => {
    const claims = table(data, "Claims");
    const count = (status: string) => claims.rows.filter((r) => claims.value(r, "Status") === status).length;
    expect(count("Paid") / claims.rows.length).toBeGreaterThan(0.6);
    const missing = [
      "Partially Paid",
      "Submitted",
      "Accepted",
      "Denied",
      "Draft",
      "Appealed",
      "Closed",
      "Rejected",
    ].filter((s) => count(s) === 0);
    expect(missing).toEqual([]);
    const id = (r: CellValue[]) => String(claims.value(r, "Claim ID"));
    const denied = claims.rows.filter((r) =>
      ["Denied", "Appealed", "Closed"].includes(String(claims.value(r, "Status"))),
    );
    expect(broken(denied, (r) => claims.value(r, "Denial Reason") !== "", id)).toEqual([]);
    const drafts = claims.rows.filter((r) => claims.value(r, "Status") === "Draft");
    expect(
      broken(
        drafts,
        (r) => claims.value(r, "Submitted On") === "" && DEFAULT_AS_OF - claims.num(r, "Service Date") <= 4,
        id,
      ),
    ).toEqual([]);
    const sent = claims.rows.filter((r) => claims.value(r, "Status") !== "Draft");
    const inOrder = (r: CellValue[]) =>
      claims.num(r, "Service Date") <= claims.num(r, "Submitted On") &&
      claims.num(r, "Submitted On") <= claims.num(r, "Last Activity") &&
      claims.num(r, "Last Activity") <= DEFAULT_AS_OF;
    expect(broken(sent, inOrder, id)).toEqual([]);
  });

  it("prices lines from the fee schedule in force on the service date", () => {
    const fees = table(data, "FeeSchedule");
    const claims = table(data, "Claims");
    const { lines } = linesByClaim(data);
    const claimById = new Map(claims.rows.map((r) => [String(claims.value(r, "Claim ID")), r]));
    // Claims the payer underpaid (stored as Underpaid activity, as an 835 posting does) are allowed less.
    const activity = table(data, "ClaimActivity");
    const underpaid = new Set(
      activity.rows
        .filter((r) => activity.value(r, "Action") === "Underpaid")
        .map((r) => String(activity.value(r, "Claim ID"))),
    );
    expect(underpaid.size).toBeGreaterThan(10);
    let checked = 0;
    let short = 0;
    for (const line of lines.rows.slice(0, 3000)) {
      const claim = claimById.get(String(lines.value(line, "Claim ID")));
      if (claim === undefined || lines.value(line, "Allowed") === "" || lines.num(line, "Allowed") === 0)
        continue;
      const date = claims.num(claim, "Service Date");
      const rate = fees.rows.find(
        (f) =>
          fees.value(f, "Payer ID") === claims.value(claim, "Payer ID") &&
          fees.value(f, "Code") === lines.value(line, "Code") &&
          fees.num(f, "Effective From") <= date &&
          (fees.value(f, "Effective To") === "" || fees.num(f, "Effective To") >= date),
      );
      expect(rate).toBeDefined();
      const contract = cents(fees.value(rate ?? [], "Allowed Amount")) * lines.num(line, "Units");
      if (underpaid.has(String(lines.value(line, "Claim ID")))) {
        expect(cents(lines.value(line, "Allowed"))).toBeLessThan(contract);
        short++;
        continue;
      }
      expect(cents(lines.value(line, "Allowed"))).toBe(contract);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
    expect(short).toBeGreaterThan(0);
  });
});

describe("sample fee schedule and payers", () => {
  it("has Medicare, Medicaid, 4-6 commercial plans and Self-Pay with filing limits and X12 IDs", () => {
    const payers = table(data, "Payers");
    const types = payers.column("Type");
    expect(types.filter((t) => t === "Medicare")).toHaveLength(1);
    expect(types.filter((t) => t === "Medicaid")).toHaveLength(1);
    expect(types.filter((t) => t === "Self-Pay")).toHaveLength(1);
    const commercial = types.filter((t) => t === "Commercial").length;
    expect(commercial).toBeGreaterThanOrEqual(4);
    expect(commercial).toBeLessThanOrEqual(6);
    for (const r of payers.rows.filter((p) => payers.value(p, "Type") !== "Self-Pay")) {
      expect(payers.num(r, "Timely Filing (days)")).toBeGreaterThanOrEqual(90);
      expect(payers.num(r, "Timely Filing (days)")).toBeLessThanOrEqual(365);
      expect(payers.value(r, "X12 Payer ID")).not.toBe("");
    }
  });

  it("lists the common primary-care codes for every payer", () => {
    const fees = table(data, "FeeSchedule");
    const payerIds = table(data, "Payers").column("Payer ID");
    const common = [
      "99202",
      "99203",
      "99204",
      "99205",
      "99211",
      "99212",
      "99213",
      "99214",
      "99215",
      "99395",
      "36415",
      "81002",
      "90471",
      "90686",
      "93000",
      "87880",
      "G0439",
      "J1885",
    ];
    for (const payer of payerIds) {
      const codes = new Set(
        fees.rows.filter((f) => fees.value(f, "Payer ID") === payer).map((f) => fees.value(f, "Code")),
      );
      expect({ payer, missing: common.filter((c) => !codes.has(c)) }).toEqual({ payer, missing: [] });
    }
  });

  it("sets rates by hand-checkable rules: Medicare 99213 is $91.00, then +3% on January 1st", () => {
    const fees = table(data, "FeeSchedule");
    const medicare99213 = fees.rows
      .filter((f) => fees.value(f, "Payer ID") === "MEDICARE" && fees.value(f, "Code") === "99213")
      .map((f) => [
        fees.value(f, "Allowed Amount"),
        fees.value(f, "Effective From"),
        fees.value(f, "Effective To"),
      ]);
    // History Apr 2025 - Mar 2026: a 2025 rate (2025-01-01 .. 2025-12-31 = serials 45658 .. 46022) and an
    // open-ended 2026 rate from 2026-01-01 (46023): 91 x 1.03 = 93.73.
    expect(medicare99213).toEqual([
      [91, 45658, 46022],
      [93.73, 46023, ""],
    ]);
    // The charge master bills every payer the same: ceil(91 x 1.8 + 5) = 169 dollars.
    const lines = table(data, "ClaimLines");
    const charges = new Set(
      lines.rows.filter((l) => lines.value(l, "Code") === "99213").map((l) => lines.value(l, "Charge")),
    );
    expect([...charges]).toEqual([169]);
  });
});

describe("sample payments", () => {
  it("adds up, per claim, to the claim's Paid, received between service and asOf", () => {
    const claims = table(data, "Claims");
    const payments = table(data, "Payments");
    const serviceDate = new Map(
      claims.rows.map((c) => [String(claims.value(c, "Claim ID")), claims.num(c, "Service Date")]),
    );
    const selfPay = (c: CellValue[]) => claims.value(c, "Payer ID") === "SELF";
    const selfPayIds = new Set(claims.rows.filter(selfPay).map((c) => String(claims.value(c, "Claim ID"))));
    // Paid is what the payer paid (on a self-pay claim, the patient is the payer); insured patients'
    // own payments (copays, statements) are Payments with Source Patient, up to their share.
    const byPayer = new Map<string, number>();
    const byPatient = new Map<string, number>();
    for (const p of payments.rows) {
      const id = String(payments.value(p, "Claim ID"));
      const fromPatient = payments.value(p, "Source") === "Patient" && !selfPayIds.has(id);
      const sums = fromPatient ? byPatient : byPayer;
      sums.set(id, (sums.get(id) ?? 0) + cents(payments.value(p, "Amount")));
    }
    const inWindow = (p: CellValue[]) =>
      payments.num(p, "Received On") <= DEFAULT_AS_OF &&
      payments.num(p, "Received On") >= (serviceDate.get(String(payments.value(p, "Claim ID"))) ?? Infinity);
    expect(broken(payments.rows, inWindow, (p) => String(payments.value(p, "Payment ID")))).toEqual([]);
    const money = (c: CellValue[], header: string) =>
      claims.value(c, header) === "" ? 0 : cents(claims.value(c, header));
    const id = (c: CellValue[]) => String(claims.value(c, "Claim ID"));
    const paidInFull = (c: CellValue[]) => (byPayer.get(id(c)) ?? 0) === money(c, "Paid");
    expect(broken(claims.rows, paidInFull, id)).toEqual([]);
    const withinShare = (c: CellValue[]) => (byPatient.get(id(c)) ?? 0) <= money(c, "Patient Responsibility");
    expect(broken(claims.rows, withinShare, id)).toEqual([]);
    expect(byPatient.size).toBeGreaterThan(1000); // most insured patients pay their share
  });

  it("posts remittances as ERA with trace numbers and CO/PR adjustments, patient payments without a payer", () => {
    const payments = table(data, "Payments");
    const id = (p: CellValue[]) => String(payments.value(p, "Payment ID"));
    const era = payments.rows.filter((p) => payments.value(p, "Source") === "ERA");
    const patient = payments.rows.filter((p) => payments.value(p, "Source") === "Patient");
    expect(era.length + patient.length).toBe(payments.rows.length);
    expect(era.length / payments.rows.length).toBeGreaterThan(0.7);
    expect(
      broken(era, (p) => payments.value(p, "Reference") !== "" && payments.value(p, "Payer ID") !== "", id),
    ).toEqual([]);
    expect(broken(patient, (p) => payments.value(p, "Payer ID") === "", id)).toEqual([]);
    const adjusted = payments.rows.filter((p) => payments.value(p, "Adjustment Group") !== "");
    const valid = (p: CellValue[]) =>
      isGroupCode(String(payments.value(p, "Adjustment Group"))) &&
      isCarc(String(payments.value(p, "Adjustment Reason")));
    expect(broken(adjusted, valid, id)).toEqual([]);
    const reasons = new Set(
      adjusted.map(
        (p) =>
          `${String(payments.value(p, "Adjustment Group"))}-${String(payments.value(p, "Adjustment Reason"))}`,
      ),
    );
    expect(["CO-45", "PR-1", "PR-2", "PR-3", "CO-253"].filter((r) => !reasons.has(r))).toEqual([]);
  });

  it("numbers payments in the order the money arrived", () => {
    const payments = table(data, "Payments");
    const dates = payments.column("Received On").map(Number);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(payments.column("Payment ID").slice(0, 2)).toEqual(["PAY0000001", "PAY0000002"]);
  });
});
