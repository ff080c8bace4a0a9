import { TABLE_NAMES, type CellValue, type TableName } from "../../../src/domain/catalog";
import { isExcelError } from "../../../src/domain/catalog/cells";
import { isIcd10, isProcedureCode, npiProblem, splitCodeList } from "../../../src/domain/codes";
import {
  DEFAULT_AS_OF,
  generatePractice,
  PLANTED_ERROR_KINDS,
  type PlantedErrorKind,
  type PracticeData,
  type SamplePractice,
} from "../../../src/domain/sample";
import { cellProblems, cents, minutes, table } from "./sample-helpers";

const asOf = DEFAULT_AS_OF;
const HOLDS_TIME = ["Scheduled", "Confirmed", "Arrived", "In Room", "Completed"];

/** Rows where a value repeats (every occurrence after the first). */
function repeats(keys: readonly string[]): number[] {
  const seen = new Set<string>();
  const found: number[] = [];
  keys.forEach((k, i) => (seen.has(k) ? found.push(i) : seen.add(k)));
  return found;
}

function rowsWhere(rows: readonly CellValue[][], test: (row: CellValue[]) => boolean): number[] {
  return rows.flatMap((row, i) => (test(row) ? [i] : []));
}

/**
 * Independent detectors, written for this test: the rows of each kind's table showing that problem.
 * A clean sample must have none; a planted sample must show each at the reported row.
 */
const DETECT: Record<PlantedErrorKind, { table: TableName; rows: (d: PracticeData) => number[] }> = {
  "invalid-npi": {
    table: "Providers",
    rows: (d) => {
      const t = table(d, "Providers");
      return rowsWhere(t.rows, (r) => npiProblem(String(t.value(r, "NPI"))) === "check-digit");
    },
  },
  "malformed-cpt": {
    table: "ClaimLines",
    rows: (d) => {
      const t = table(d, "ClaimLines");
      return rowsWhere(t.rows, (r) => !isProcedureCode(String(t.value(r, "Code"))));
    },
  },
  "bad-icd10": {
    table: "Claims",
    rows: (d) => {
      const t = table(d, "Claims");
      return rowsWhere(t.rows, (r) => !splitCodeList(String(t.value(r, "Diagnosis Codes"))).every(isIcd10));
    },
  },
  "double-booking": {
    table: "Appointments",
    rows: (d) => {
      const t = table(d, "Appointments");
      const busy = rowsWhere(t.rows, (r) => HOLDS_TIME.includes(String(t.value(r, "Status"))));
      const found = new Set<number>();
      const byDay = new Map<string, number[]>();
      for (const i of busy) {
        const r = t.rows[i] ?? [];
        const key = `${String(t.value(r, "Provider ID"))}|${String(t.value(r, "Date"))}`;
        byDay.set(key, [...(byDay.get(key) ?? []), i]);
      }
      for (const group of byDay.values()) {
        for (const a of group)
          for (const b of group) {
            if (a >= b) continue;
            const ra = t.rows[a] ?? [];
            const rb = t.rows[b] ?? [];
            const [sa, sb] = [minutes(t.value(ra, "Start")), minutes(t.value(rb, "Start"))];
            if (sa < sb + t.num(rb, "Duration (min)") && sb < sa + t.num(ra, "Duration (min)"))
              found.add(a).add(b);
          }
      }
      return [...found];
    },
  },
  "lines-total-mismatch": {
    table: "Claims",
    rows: (d) => {
      const lines = table(d, "ClaimLines");
      const sums = new Map<string, number>();
      for (const l of lines.rows)
        sums.set(
          String(lines.value(l, "Claim ID")),
          (sums.get(String(lines.value(l, "Claim ID"))) ?? 0) + cents(lines.value(l, "Charge")),
        );
      const t = table(d, "Claims");
      return rowsWhere(
        t.rows,
        (r) => sums.get(String(t.value(r, "Claim ID"))) !== cents(t.value(r, "Total Charge")),
      );
    },
  },
  "paid-over-allowed": {
    table: "Claims",
    rows: (d) => {
      const t = table(d, "Claims");
      return rowsWhere(t.rows, (r) => t.value(r, "Allowed") !== "" && t.num(r, "Paid") > t.num(r, "Allowed"));
    },
  },
  "denied-without-reason": {
    table: "Claims",
    rows: (d) => {
      const t = table(d, "Claims");
      return rowsWhere(
        t.rows,
        (r) => t.value(r, "Status") === "Denied" && t.value(r, "Denial Reason") === "",
      );
    },
  },
  "negative-on-hand": {
    table: "Inventory",
    rows: (d) => {
      const t = table(d, "Inventory");
      return rowsWhere(t.rows, (r) => t.num(r, "On Hand") < 0);
    },
  },
  "reorder-above-par": {
    table: "Inventory",
    rows: (d) => {
      const t = table(d, "Inventory");
      return rowsWhere(t.rows, (r) => t.num(r, "Reorder Point") > t.num(r, "Par Level"));
    },
  },
  "expired-lot": {
    table: "Inventory",
    rows: (d) => {
      const t = table(d, "Inventory");
      return rowsWhere(
        t.rows,
        (r) => t.value(r, "Lot") !== "" && t.num(r, "On Hand") > 0 && t.num(r, "Expires On") < asOf,
      );
    },
  },
  "po-received-before-ordered": {
    table: "PurchaseOrders",
    rows: (d) => {
      const t = table(d, "PurchaseOrders");
      return rowsWhere(
        t.rows,
        (r) => t.value(r, "Received On") !== "" && t.num(r, "Received On") < t.num(r, "Ordered On"),
      );
    },
  },
  "contract-end-before-start": {
    table: "Contracts",
    rows: (d) => {
      const t = table(d, "Contracts");
      return rowsWhere(t.rows, (r) => t.num(r, "End Date") < t.num(r, "Start Date"));
    },
  },
  "duplicate-budget-row": {
    table: "Budget",
    rows: (d) => {
      const t = table(d, "Budget");
      return repeats(t.rows.map((r) => `${String(t.value(r, "Account"))}|${String(t.value(r, "Month"))}`));
    },
  },
  "expense-account-not-budgeted": {
    table: "Expenses",
    rows: (d) => {
      const budgeted = new Set(table(d, "Budget").column("Account"));
      const t = table(d, "Expenses");
      return rowsWhere(t.rows, (r) => !budgeted.has(t.value(r, "Account")));
    },
  },
  "expired-required-training": {
    table: "Training",
    rows: (d) => {
      const t = table(d, "Training");
      return rowsWhere(
        t.rows,
        (r) =>
          t.value(r, "Required") === "Yes" &&
          t.value(r, "Expires On") !== "" &&
          t.num(r, "Expires On") < asOf,
      );
    },
  },
  "overdue-records-request": {
    table: "RecordsRequests",
    rows: (d) => {
      const t = table(d, "RecordsRequests");
      return rowsWhere(
        t.rows,
        (r) => ["Open", "In Progress"].includes(String(t.value(r, "Status"))) && t.num(r, "Due On") < asOf,
      );
    },
  },
  "duplicate-claim-id": {
    table: "Claims",
    rows: (d) => repeats(table(d, "Claims").column("Claim ID").map(String)),
  },
  "missing-provider": {
    table: "Appointments",
    rows: (d) => {
      const known = new Set(table(d, "Providers").column("Provider ID"));
      const t = table(d, "Appointments");
      return rowsWhere(t.rows, (r) => !known.has(t.value(r, "Provider ID")));
    },
  },
  "excel-error": {
    table: "FeeSchedule",
    rows: (d) => rowsWhere(d.FeeSchedule.rows, (r) => r.some((v) => isExcelError(v))),
  },
  "date-as-text": {
    table: "Expenses",
    rows: (d) => {
      const t = table(d, "Expenses");
      return rowsWhere(t.rows, (r) => typeof t.value(r, "Date") === "string");
    },
  },
  "expired-license": {
    table: "Credentials",
    rows: (d) => {
      const t = table(d, "Credentials");
      const licenses = rowsWhere(t.rows, (r) => t.value(r, "Type") === "State License");
      const latest = new Map<string, number>();
      for (const i of licenses) {
        const r = t.rows[i] ?? [];
        const person = String(t.value(r, "Person ID"));
        latest.set(person, Math.max(latest.get(person) ?? -Infinity, t.num(r, "Expires On")));
      }
      // A license whose holder has no later one that is still valid.
      return licenses.filter((i) => {
        const r = t.rows[i] ?? [];
        return t.num(r, "Expires On") < asOf && (latest.get(String(t.value(r, "Person ID"))) ?? 0) < asOf;
      });
    },
  },
  "missed-breach-notice": {
    table: "Incidents",
    rows: (d) => {
      const t = table(d, "Incidents");
      return rowsWhere(
        t.rows,
        (r) =>
          t.value(r, "Breach") === "Yes" &&
          t.value(r, "Notified On") === "" &&
          !["Reported", "Closed", "Not Reportable"].includes(String(t.value(r, "Status"))) &&
          t.num(r, "Discovered On") + 60 < asOf,
      );
    },
  },
};

let clean: SamplePractice;
let planted: SamplePractice;
beforeAll(() => {
  clean = generatePractice();
  planted = generatePractice({ plantErrors: true });
}, 60_000);

describe("planted errors", () => {
  it("are absent from the clean sample", () => {
    expect(clean.plantedErrors).toEqual([]);
    for (const kind of PLANTED_ERROR_KINDS) {
      expect({ kind, rows: DETECT[kind].rows(clean) }).toEqual({ kind, rows: [] });
    }
  });

  it("plants one error of every kind, each where it is reported", () => {
    expect(planted.plantedErrors.map((e) => e.kind)).toEqual([...PLANTED_ERROR_KINDS]);
    for (const error of planted.plantedErrors) {
      expect(error.table).toBe(DETECT[error.kind].table);
      expect({ kind: error.kind, found: DETECT[error.kind].rows(planted).includes(error.rowIndex) }).toEqual({
        kind: error.kind,
        found: true,
      });
      expect(planted[error.table].headers).toContain(error.header);
      expect(error.detail).not.toBe("");
    }
  });

  it("plants the cell-level ones in the exact cell: a negative count, #N/A and the text date 2026-02-30", () => {
    const at = (kind: PlantedErrorKind) => {
      const e = planted.plantedErrors.find((x) => x.kind === kind);
      if (e === undefined) throw new Error(`${kind} not planted`);
      return planted[e.table].rows[e.rowIndex]?.[planted[e.table].headers.indexOf(e.header)];
    };
    expect(at("negative-on-hand")).toBeLessThan(0);
    expect(at("excel-error")).toBe("#N/A");
    expect(at("date-as-text")).toBe("2026-02-30");
  });

  it("changes nothing but the reported rows (and appends only reported duplicates)", () => {
    const reported = new Set(planted.plantedErrors.map((e) => `${e.table}:${e.rowIndex}`));
    const changed: string[] = [];
    for (const name of TABLE_NAMES) {
      const before = clean[name].rows;
      const after = planted[name].rows;
      after.forEach((row, i) => {
        if (i >= before.length || JSON.stringify(row) !== JSON.stringify(before[i]))
          changed.push(`${name}:${i}`);
      });
      expect(after.length).toBeGreaterThanOrEqual(before.length);
    }
    expect(changed.filter((c) => !reported.has(c))).toEqual([]);
    expect(changed.length).toBeGreaterThanOrEqual(PLANTED_ERROR_KINDS.length);
  });

  it("makes readCell fail only on planted cells", () => {
    const reported = new Set(planted.plantedErrors.map((e) => `${e.table}:${e.rowIndex}:${e.header}`));
    const problems = cellProblems(planted).map((p) => `${p.table}:${p.row}:${p.header}`);
    expect(problems.filter((p) => !reported.has(p))).toEqual([]);
    expect(problems.length).toBe(3); // On Hand below 0, #N/A, and the impossible text date
  });

  it("plants only the kinds asked for", () => {
    const some = generatePractice({ plantErrors: { kinds: ["invalid-npi", "excel-error"] } });
    expect(some.plantedErrors.map((e) => e.kind)).toEqual(["invalid-npi", "excel-error"]);
    expect(DETECT["duplicate-claim-id"].rows(some)).toEqual([]);
  }, 30_000);

  it("keeps the list out of the tables: Object.keys lists only table names", () => {
    expect(Object.keys(planted)).toEqual([...TABLE_NAMES]);
    const copied = JSON.parse(JSON.stringify(planted)) as Record<string, unknown>;
    expect(Object.keys(copied)).toEqual([...TABLE_NAMES]);
    expect(planted.plantedErrors.length).toBeGreaterThan(0);
  });
});
