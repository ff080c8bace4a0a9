import type { TableName } from "../../../src/domain/catalog";
import { validateWorkbook, type Finding } from "../../../src/domain/rules";
import {
  AS_OF,
  brief,
  d,
  practiceWith,
  t,
  toWorkbook,
  validPractice,
  type Practice,
  type RowSpec,
} from "./fixture";

const run = (practice: Practice, asOf = AS_OF): Finding[] => validateWorkbook(toWorkbook(practice), { asOf });
const edit = (table: TableName, row: number, patch: RowSpec) => practiceWith(table, row, patch);

describe("unique keys", () => {
  it("flags every row of a duplicated Claim ID, naming the other row", () => {
    const practice = edit("Claims", 1, { "Claim ID": "c1" }); // keys compare case-insensitively, as Excel does
    practice.ClaimLines[2]!["Claim ID"] = "C1";
    practice.ClaimLines[2]!.Line = 3;
    practice.ClaimLines[2]!.Charge = 0; // keep C1's lines adding up to... no: 150 + 0 = 150
    const findings = run(practice).filter((f) => f.ruleId === "key.unique");
    expect(brief(findings)).toEqual([
      "Claims#0 Claim ID key.unique error",
      "Claims#1 Claim ID key.unique error",
    ]);
    expect(findings[0]?.message).toBe(
      "Claim ID C1 is used more than once (also in row 3): each row needs its own",
    );
    expect(findings[1]?.message).toContain("(also in row 2)");
  });

  it("checks composite keys: one Budget row per Account and Month", () => {
    const findings = run(edit("Budget", 1, { Month: d("2026-01-15") })); // a mid-month date means that month
    expect(brief(findings)).toEqual(["Budget#0 Month key.unique error", "Budget#1 Month key.unique error"]);
    expect(findings[0]?.message).toContain("Account + Month Rent, Jan 2026");
    expect(run(edit("Budget", 1, { Month: d("2026-03-01") }))).toEqual([]);
  });

  it("checks claim lines are numbered once per claim", () => {
    expect(brief(run(edit("ClaimLines", 1, { Line: 1 })))).toEqual([
      "ClaimLines#0 Line key.unique error",
      "ClaimLines#1 Line key.unique error",
    ]);
  });
});

describe("references", () => {
  const cases: [TableName, number, RowSpec, string, string][] = [
    [
      "Appointments",
      2,
      { "Provider ID": "P999" },
      "Provider ID",
      "Provider ID P999 is not in Providers (Provider ID)",
    ],
    ["Claims", 0, { "Payer ID": "CIGNA" }, "Payer ID", "Payer ID CIGNA is not in Payers"],
    ["Expenses", 0, { "Vendor ID": "V9" }, "Vendor ID", "Vendor ID V9 is not in Vendors"],
    ["ClaimLines", 2, { "Claim ID": "C3" }, "Claim ID", "Claim ID C3 is not in Claims"],
    ["Payments", 0, { "Claim ID": "C9" }, "Claim ID", "Claim ID C9 is not in Claims"],
    ["Training", 0, { "Staff ID": "S404" }, "Staff ID", "Staff ID S404 is not in Staff"],
    ["Expenses", 0, { Account: "Travel" }, "Account", "Account Travel is not in Budget (Account)"],
    ["PurchaseOrders", 0, { "Item ID": "I404" }, "Item ID", "Item ID I404 is not in Inventory"],
  ];
  it.each(cases)("%s row %d: a missing reference is reported", (table, row, patch, header, message) => {
    const findings = run(edit(table, row, patch)).filter((f) => f.ruleId === "ref.exists");
    expect(brief(findings)).toEqual([`${table}#${row} ${header} ref.exists error`]);
    expect(findings[0]?.message).toContain(message);
  });

  it("matches references case-insensitively and ignores blank optional references", () => {
    expect(run(edit("Claims", 0, { "Payer ID": "aetna" }))).toEqual([]);
    expect(run(edit("Payments", 0, { "Claim ID": "" }))).toEqual([]);
  });

  it("does not flood when the referenced table is not in the workbook", () => {
    const practice: Partial<Practice> = validPractice();
    delete practice.Providers;
    expect(run(practice as Practice).filter((f) => f.ruleId === "ref.exists")).toEqual([]);
  });
});

describe("schedule", () => {
  it("flags both appointments of a double-booked provider", () => {
    const findings = run(edit("Appointments", 1, { Start: t("9:15"), Room: "3" }));
    expect(brief(findings)).toEqual([
      "Appointments#0 Start schedule.provider-double-booked error",
      "Appointments#1 Start schedule.provider-double-booked error",
    ]);
    expect(findings[0]?.message).toBe(
      "Provider P001 is double-booked: 9:00 AM-9:30 AM overlaps appointment A2 in row 3 (9:15 AM-9:45 AM)",
    );
  });

  it("lets back-to-back appointments touch, and ignores canceled, no-show and rescheduled ones", () => {
    expect(run(validPractice())).toEqual([]); // A1 9:00-9:30 and A2 9:30-10:00, same room
    for (const status of ["Canceled", "No Show", "Rescheduled"]) {
      expect(run(edit("Appointments", 1, { Start: t("9:15"), Status: status }))).toEqual([]);
    }
  });

  it("flags a room booked twice at once by different providers", () => {
    const findings = run(edit("Appointments", 2, { Room: "1", Start: t("9:10") }));
    expect(brief(findings)).toEqual([
      "Appointments#0 Room schedule.room-double-booked error",
      "Appointments#2 Room schedule.room-double-booked error",
    ]);
  });

  it("warns about an appointment off the provider's work days or hours", () => {
    // P002 works Mon,Wed 9:00-13:00; 2026-03-03 is a Tuesday.
    const offDay = run(edit("Appointments", 2, { Date: d("2026-03-03") }));
    expect(brief(offDay)).toEqual(["Appointments#2 Date schedule.outside-hours warning"]);
    expect(offDay[0]?.message).toContain(
      "2026-03-03 is a Tue, not one of provider P002's work days (Mon,Wed)",
    );
    const late = run(edit("Appointments", 2, { Start: t("12:50") })); // 12:50 + 20 min ends 13:10
    expect(brief(late)).toEqual(["Appointments#2 Start schedule.outside-hours warning"]);
    expect(run(edit("Appointments", 2, { Start: t("12:40") }))).toEqual([]); // ends 13:00 exactly
  });
});

describe("claims", () => {
  it("checks that service lines add up to Total Charge", () => {
    const findings = run(edit("ClaimLines", 1, { Charge: 45, Allowed: 40, Paid: 30 }));
    expect(brief(findings)).toEqual(["Claims#0 Total Charge claims.lines-total error"]);
    expect(findings[0]?.message).toBe(
      "Total Charge $150.00 does not equal the sum of its 2 service lines ($145.00)",
    );
  });

  it("checks Paid <= Allowed <= Total Charge", () => {
    const paidOver = run(edit("Claims", 0, { Paid: 130, Adjustment: 0, Balance: 20 }));
    expect(brief(paidOver)).toEqual(["Claims#0 Paid claims.amounts-order error"]);
    expect(paidOver[0]?.message).toBe("Paid $130.00 is more than Allowed $120.00");
    const allowedOver = run(edit("Claims", 0, { Allowed: 160 }));
    expect(brief(allowedOver)).toEqual(["Claims#0 Allowed claims.amounts-order error"]);
    expect(brief(run(edit("ClaimLines", 0, { Paid: 81 })))).toEqual([
      "ClaimLines#0 Paid claims.line-amounts-order error",
    ]);
  });

  it("checks that Balance agrees with Total Charge - Paid - Adjustment", () => {
    const findings = run(edit("Claims", 0, { Balance: 25 }));
    expect(brief(findings)).toEqual(["Claims#0 Balance calc.agrees error"]);
    expect(findings[0]?.message).toBe(
      "Balance $25.00 does not agree with Total Charge - Paid - Adjustment ($20.00): the calculated value was typed over",
    );
  });

  it("warns before and errs after a Draft claim's timely filing limit, read from Payers", () => {
    // C2: Draft, Medicare (365 days), service 2026-02-25 -> deadline 2027-02-25.
    const deadline = d("2027-02-25");
    const filing = (asOf: number) =>
      run(validPractice(), asOf).filter((f) => f.ruleId === "claims.timely-filing");
    expect(filing(deadline - 31)).toEqual([]);
    const warn = filing(deadline - 30);
    expect(brief(warn)).toEqual(["Claims#1 Status claims.timely-filing warning"]);
    expect(warn[0]?.message).toContain(
      "File this Draft claim by 2027-02-25 (MCR's 365-day timely filing limit): 30 days left",
    );
    const late = filing(deadline + 1);
    expect(brief(late)).toEqual(["Claims#1 Status claims.timely-filing error"]);
    expect(late[0]?.message).toContain("past MCR's 365-day timely filing limit (2027-02-25, 1 day ago)");
    // The limit is data: shorten Medicare's to 4 days: 2026-02-25 + 4 = 2026-03-01, a day before today.
    expect(brief(run(edit("Payers", 1, { "Timely Filing (days)": 4 })))).toEqual([
      "Claims#1 Status claims.timely-filing error",
    ]);
  });

  it("requires a Denial Reason on a Denied claim", () => {
    const findings = run(edit("Claims", 0, { Status: "Denied" }));
    expect(brief(findings)).toEqual(["Claims#0 Denial Reason claims.denial-reason error"]);
    expect(run(edit("Claims", 0, { Status: "Denied", "Denial Reason": "CO-29 timely filing" }))).toEqual([]);
  });
});

describe("inventory and purchase orders", () => {
  it("checks Reorder Point <= Par Level", () => {
    expect(brief(run(edit("Inventory", 0, { "Reorder Point": 25 })))).toEqual([
      "Inventory#0 Reorder Point inventory.reorder-par error",
    ]);
    expect(run(edit("Inventory", 0, { "Reorder Point": 20 }))).toEqual([]);
  });

  it("errs on an expired lot and warns within 30 days", () => {
    const expired = run(edit("Inventory", 0, { "Expires On": d("2026-03-01") }));
    expect(brief(expired)).toEqual(["Inventory#0 Expires On inventory.lot-expiry error"]);
    expect(expired[0]?.message).toBe("Lot L1 expired on 2026-03-01: pull it from stock");
    const soon = run(edit("Inventory", 0, { "Expires On": d("2026-04-01") })); // 30 days after 2026-03-02
    expect(brief(soon)).toEqual(["Inventory#0 Expires On inventory.lot-expiry warning"]);
    expect(run(edit("Inventory", 0, { "Expires On": d("2026-04-02") }))).toEqual([]);
    expect(run(edit("Inventory", 0, { "Expires On": d("2026-03-01"), "On Hand": 0 }))).toEqual([]);
  });

  it("checks a purchase order is not received before it was ordered", () => {
    expect(brief(run(edit("PurchaseOrders", 0, { "Received On": d("2026-01-04") })))).toEqual([
      "PurchaseOrders#0 Received On purchase-orders.received-before-ordered error",
    ]);
    expect(run(edit("PurchaseOrders", 0, { "Received On": d("2026-01-05") }))).toEqual([]);
  });
});

describe("contracts, training, records requests", () => {
  it("checks a contract ends after it starts", () => {
    expect(brief(run(edit("Contracts", 0, { "End Date": d("2024-12-31") })))).toEqual([
      "Contracts#0 End Date contracts.end-after-start error",
    ]);
  });

  it("warns inside the notice window only", () => {
    // Ends 2026-04-30 with 60 days' notice: the window opens 2026-03-01.
    const inside = run(edit("Contracts", 0, { "End Date": d("2026-04-30") }));
    expect(brief(inside)).toEqual(["Contracts#0 End Date contracts.notice-window warning"]);
    expect(inside[0]?.message).toContain(
      "renews by itself on 2026-04-30 unless notice was given by 2026-03-01",
    );
    expect(run(edit("Contracts", 0, { "End Date": d("2026-05-02") }))).toEqual([]); // window opens 2026-03-03
    expect(run(edit("Contracts", 0, { "End Date": d("2026-04-30"), Status: "Terminated" }))).toEqual([]);
  });

  it("errs on an expired required course unless it was renewed", () => {
    const expired = edit("Training", 0, { "Expires On": d("2026-02-01") });
    expect(brief(run(expired))).toEqual(["Training#0 Expires On training.required-expired error"]);
    expect(run(edit("Training", 0, { "Expires On": d("2026-02-01"), Required: "No" }))).toEqual([]);
    expired.Training.push({
      "Staff ID": "S001",
      Course: "HIPAA Privacy",
      "Completed On": d("2026-02-10"),
      "Expires On": d("2027-02-10"),
      Required: "Yes",
    });
    expect(run(expired)).toEqual([]);
  });

  it("errs on an open records request past Due On, which defaults to Received On + 30 days", () => {
    // Received 2026-02-20, Due On blank -> due 2026-03-22.
    expect(run(validPractice(), d("2026-03-22"))).toEqual([]);
    const late = run(validPractice(), d("2026-03-23"));
    expect(brief(late)).toEqual(["RecordsRequests#0 Received On records-requests.overdue error"]);
    expect(late[0]?.message).toContain("1 day after it was due on 2026-03-22 (Received On + 30 days)");
    expect(brief(run(edit("RecordsRequests", 0, { "Due On": d("2026-03-01") })))).toEqual([
      "RecordsRequests#0 Due On records-requests.overdue error",
    ]);
    expect(
      run(
        edit("RecordsRequests", 0, {
          "Due On": d("2026-03-01"),
          Status: "Fulfilled",
          "Fulfilled On": d("2026-02-27"),
        }),
      ),
    ).toEqual([]);
  });
});

describe("ordering", () => {
  it("sorts by table in catalog order, errors before warnings, then row", () => {
    const practice = edit("Inventory", 0, { "Expires On": d("2026-03-20") });
    practiceWith("Claims", 1, { "Total Charge": -1 }, practice);
    practiceWith("Claims", 0, { Status: "Denied" }, practice);
    practiceWith("Providers", 1, { NPI: "12" }, practice);
    expect(brief(run(practice))).toEqual([
      "Providers#1 NPI code.npi error",
      "Claims#0 Denial Reason claims.denial-reason error",
      "Claims#1 Total Charge cell.min error",
      // -1 is used as typed (one reader), so it also differs from the claim's lines.
      "Claims#1 Total Charge claims.lines-total error",
      "Inventory#0 Expires On inventory.lot-expiry warning",
    ]);
  });
});
