import type { CellValue } from "../../../src/domain/catalog";
import { isNpi } from "../../../src/domain/codes";
import { addMonths, serialFromYmd } from "../../../src/domain/dates/excel-dates";
import { DEFAULT_AS_OF, generatePractice, type PracticeData } from "../../../src/domain/sample";
import { cents, table } from "./sample-helpers";

let data: PracticeData;
beforeAll(() => {
  data = generatePractice();
}, 60_000);

const asOf = DEFAULT_AS_OF;
const historyStart = serialFromYmd(2025, 4, 1);

describe("sample people", () => {
  it("has six providers with distinct valid NPIs, work days and day hours", () => {
    const providers = table(data, "Providers");
    expect(providers.rows).toHaveLength(6);
    const npis = providers.column("NPI").map(String);
    expect(npis.every(isNpi)).toBe(true);
    expect(new Set(npis).size).toBe(6);
    for (const p of providers.rows) {
      expect(providers.num(p, "Day Start")).toBeLessThan(providers.num(p, "Day End"));
      expect(String(providers.value(p, "Work Days")).split(",").length).toBeGreaterThanOrEqual(4);
    }
  });

  it("has about fifteen staff, providers included, with example.org emails", () => {
    const staff = table(data, "Staff");
    expect(staff.rows.length).toBeGreaterThanOrEqual(13);
    expect(staff.rows.length).toBeLessThanOrEqual(18);
    const emails = staff.column("Email").map(String);
    expect(emails.filter((e) => !e.endsWith("@example.org"))).toEqual([]);
    expect(new Set(emails).size).toBe(emails.length);
    const names = new Set(staff.column("Name"));
    const providerNames = table(data, "Providers")
      .column("Name")
      .map((n) => String(n).replace(/, .*$/, ""));
    expect(providerNames.filter((n) => !names.has(n))).toEqual([]);
    for (const role of ["Practice Manager", "Biller", "Front Desk", "Medical Assistant"])
      expect(staff.column("Role")).toContain(role);
  });

  it("tracks the compliance courses; required ones are current, some expire within 60 days, optional ones lapsed", () => {
    const training = table(data, "Training");
    const courses = new Set(training.column("Course"));
    for (const c of ["HIPAA Privacy and Security", "OSHA Bloodborne Pathogens", "BLS/CPR", "Fire Safety"])
      expect(courses.has(c)).toBe(true);
    const required = training.rows.filter((r) => training.value(r, "Required") === "Yes");
    expect(required.filter((r) => training.num(r, "Expires On") < asOf)).toEqual([]);
    expect(required.filter((r) => training.num(r, "Expires On") <= asOf + 60).length).toBeGreaterThan(0);
    const optional = training.rows.filter(
      (r) => training.value(r, "Required") === "No" && training.value(r, "Expires On") !== "",
    );
    expect(optional.filter((r) => training.num(r, "Expires On") < asOf).length).toBeGreaterThan(0);
    expect(training.rows.filter((r) => training.num(r, "Completed On") > asOf)).toEqual([]);
  });
});

describe("sample supplies", () => {
  it("stocks about 60 items; vaccines and medications carry unexpired lots; reorder <= par; some need reordering", () => {
    const inventory = table(data, "Inventory");
    expect(inventory.rows.length).toBeGreaterThanOrEqual(55);
    expect(inventory.rows.length).toBeLessThanOrEqual(65);
    const lotted = inventory.rows.filter((r) =>
      ["Vaccine", "Medication"].includes(String(inventory.value(r, "Category"))),
    );
    expect(lotted.length).toBeGreaterThan(10);
    expect(
      lotted.filter((r) => inventory.value(r, "Lot") === "" || inventory.num(r, "Expires On") <= asOf),
    ).toEqual([]);
    expect(
      inventory.rows.filter((r) => inventory.num(r, "Reorder Point") > inventory.num(r, "Par Level")),
    ).toEqual([]);
    expect(
      inventory.rows.filter((r) => inventory.num(r, "On Hand") <= inventory.num(r, "Reorder Point")).length,
    ).toBeGreaterThan(0);
  });

  it("has about ten vendors and a history of purchase orders received after they were ordered", () => {
    const vendors = table(data, "Vendors");
    expect(vendors.rows.length).toBeGreaterThanOrEqual(8);
    expect(vendors.rows.length).toBeLessThanOrEqual(15);
    const pos = table(data, "PurchaseOrders");
    const received = pos.rows.filter((r) => pos.value(r, "Received On") !== "");
    expect(received.length).toBeGreaterThan(100);
    expect(
      received.filter(
        (r) => pos.num(r, "Received On") < pos.num(r, "Ordered On") || pos.num(r, "Received On") > asOf,
      ),
    ).toEqual([]);
    const statusOk = (r: CellValue[]) => {
      const status = pos.value(r, "Status");
      if (status === "Received") return pos.value(r, "Received On") !== "";
      if (status === "Ordered" || status === "Canceled" || status === "Draft")
        return pos.value(r, "Received On") === "";
      return status === "Partially Received";
    };
    expect(pos.rows.filter((r) => !statusOk(r))).toEqual([]);
    expect(new Set(pos.column("Status"))).toEqual(
      new Set(["Received", "Ordered", "Draft", "Canceled", "Partially Received"]),
    );
  });
});

describe("sample finances", () => {
  it("budgets every account for each of the 12 months and the rest of the year", () => {
    const budget = table(data, "Budget");
    const accounts = new Set(budget.column("Account"));
    for (const a of [
      "Rent",
      "Payroll",
      "Medical Supplies",
      "Office Supplies",
      "Marketing",
      "IT & Software",
      "Utilities",
      "Insurance",
      "Maintenance",
    ]) {
      expect(accounts.has(a)).toBe(true);
    }
    // April 2025 to March 2026, then April to December 2026: 21 months.
    const months = Array.from({ length: 21 }, (_, i) => addMonths(historyStart, i));
    for (const account of accounts) {
      const rows = budget.rows.filter((r) => budget.value(r, "Account") === account);
      expect(rows.map((r) => budget.num(r, "Month"))).toEqual(months);
    }
  });

  it("charges expenses to budget accounts within the history; recent bills may be unpaid", () => {
    const expenses = table(data, "Expenses");
    const dates = expenses.column("Date").map(Number);
    expect(Math.min(...dates)).toBeGreaterThanOrEqual(historyStart);
    expect(Math.max(...dates)).toBeLessThanOrEqual(asOf);
    const accounts = new Set(expenses.column("Account"));
    expect(accounts.size).toBe(new Set(table(data, "Budget").column("Account")).size);
    const paid = expenses.rows.filter((r) => expenses.value(r, "Paid On") !== "");
    expect(
      paid.filter(
        (r) => expenses.num(r, "Paid On") < expenses.num(r, "Date") || expenses.num(r, "Paid On") > asOf,
      ),
    ).toEqual([]);
    expect(paid.length).toBeLessThan(expenses.rows.length);
  });

  it("has a dozen contracts: some ending within 180 days, some auto-renewing inside their notice window", () => {
    const contracts = table(data, "Contracts");
    expect(contracts.rows.length).toBeGreaterThanOrEqual(10);
    expect(contracts.rows.length).toBeLessThanOrEqual(14);
    expect(
      contracts.rows.filter((r) => contracts.num(r, "End Date") < contracts.num(r, "Start Date")),
    ).toEqual([]);
    const endingSoon = contracts.rows.filter(
      (r) => contracts.num(r, "End Date") >= asOf && contracts.num(r, "End Date") <= asOf + 180,
    );
    expect(endingSoon.length).toBeGreaterThanOrEqual(3);
    const inNotice = contracts.rows.filter(
      (r) =>
        contracts.value(r, "Auto Renew") === "Yes" &&
        asOf >= contracts.num(r, "End Date") - contracts.num(r, "Notice (days)") &&
        asOf <= contracts.num(r, "End Date"),
    );
    expect(inNotice.length).toBeGreaterThanOrEqual(1);
    const expectedStatus = (r: CellValue[]) =>
      contracts.num(r, "End Date") < asOf
        ? "Expired"
        : contracts.num(r, "Start Date") > asOf
          ? "Pending"
          : "Active";
    expect(contracts.rows.map((r) => contracts.value(r, "Status"))).toEqual(
      contracts.rows.map(expectedStatus),
    );
  });

  it("runs about five campaigns whose Spend is what the Marketing expenses paid for them", () => {
    const campaigns = table(data, "Campaigns");
    const expenses = table(data, "Expenses");
    expect(campaigns.rows.length).toBeGreaterThanOrEqual(4);
    expect(campaigns.rows.length).toBeLessThanOrEqual(6);
    for (const c of campaigns.rows) {
      const name = String(campaigns.value(c, "Name"));
      const spent = expenses.rows
        .filter((e) => expenses.value(e, "Description") === `Campaign: ${name}`)
        .reduce((s, e) => s + cents(expenses.value(e, "Amount")), 0);
      expect({ name, spend: cents(campaigns.value(c, "Spend")) }).toEqual({ name, spend: spent });
      expect(campaigns.num(c, "Start Date")).toBeGreaterThanOrEqual(historyStart);
      expect(campaigns.num(c, "End Date")).toBeGreaterThan(campaigns.num(c, "Start Date"));
    }
  });
});

describe("sample records requests", () => {
  it("has about 40 requests due 30 days after receipt; some open, none overdue", () => {
    const requests = table(data, "RecordsRequests");
    expect(requests.rows.length).toBeGreaterThanOrEqual(30);
    expect(requests.rows.length).toBeLessThanOrEqual(50);
    expect(
      requests.rows.filter((r) => requests.num(r, "Due On") !== requests.num(r, "Received On") + 30),
    ).toEqual([]);
    const open = requests.rows.filter((r) =>
      ["Open", "In Progress"].includes(String(requests.value(r, "Status"))),
    );
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((r) => requests.num(r, "Due On") < asOf)).toEqual([]);
    const fulfilled = requests.rows.filter((r) => requests.value(r, "Status") === "Fulfilled");
    expect(
      fulfilled.filter(
        (r) =>
          requests.value(r, "Fulfilled On") === "" ||
          requests.num(r, "Fulfilled On") > requests.num(r, "Due On"),
      ),
    ).toEqual([]);
  });
});
