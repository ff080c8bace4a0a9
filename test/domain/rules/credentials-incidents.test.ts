import type { TableName } from "../../../src/domain/catalog";
import { validateWorkbook, type Finding } from "../../../src/domain/rules";
import {
  AS_OF,
  brief,
  d,
  practiceWith,
  toWorkbook,
  validPractice,
  type Practice,
  type RowSpec,
} from "./fixture";

// "Today" is Monday 2026-03-02 (AS_OF). Every date below is counted by hand on a calendar.
const run = (practice: Practice, asOf = AS_OF): Finding[] => validateWorkbook(toWorkbook(practice), { asOf });
const edit = (table: TableName, row: number, patch: RowSpec) => practiceWith(table, row, patch);
const only = (findings: readonly Finding[], prefix: string) =>
  findings.filter((f) => f.ruleId.startsWith(prefix));

describe("credentials expiring and expired", () => {
  it("the valid practice raises nothing about credentials or incidents", () => {
    const findings = run(validPractice());
    expect(brief(findings.filter((f) => f.table === "Credentials" || f.table === "Incidents"))).toEqual([]);
  });

  it("warns at 90 days left, errs at 30 and after expiry, and is silent at 91", () => {
    // 2026-03-02 -> 2026-05-31: 29 days left in March + 30 (April) + 31 (May) = 90.
    const at90 = run(edit("Credentials", 0, { "Expires On": d("2026-05-31") }));
    expect(brief(only(at90, "credentials"))).toEqual(["Credentials#0 Expires On credentials.expiry warning"]);
    expect(only(at90, "credentials")[0]?.message).toBe(
      "P001's State License expires on 2026-05-31 (in 90 days) and no renewal is on file",
    );
    expect(only(run(edit("Credentials", 0, { "Expires On": d("2026-06-01") })), "credentials")).toEqual([]);
    // 2026-04-01 is 30 days away: an error (a renewal takes longer than that).
    const at30 = only(run(edit("Credentials", 0, { "Expires On": d("2026-04-01") })), "credentials");
    expect(brief(at30)).toEqual(["Credentials#0 Expires On credentials.expiry error"]);
    expect(at30[0]?.message).toContain("(in 30 days)");
    const expired = only(run(edit("Credentials", 0, { "Expires On": d("2026-02-28") })), "credentials");
    expect(brief(expired)).toEqual(["Credentials#0 Expires On credentials.expiry error"]);
    expect(expired[0]?.message).toBe(
      "P001's State License expired on 2026-02-28 (2 days ago): renew it or enter the renewal as a new row",
    );
  });

  it("reads dates typed as text, as a hand-kept credentials list has them", () => {
    const findings = only(
      run(edit("Credentials", 0, { "Expires On": "2026-02-28", Status: "active" })),
      "credentials",
    );
    expect(findings.map((f) => f.message)).toEqual([
      "P001's State License expired on 2026-02-28 (2 days ago): renew it or enter the renewal as a new row",
    ]);
  });

  it("a renewal row that starts the next day clears the old row; one that leaves a gap does not", () => {
    const renewed = edit("Credentials", 0, { "Expires On": d("2026-03-31") });
    renewed.Credentials.push({
      "Person ID": "P001",
      Type: "State License",
      "Effective On": d("2026-04-01"),
      "Expires On": d("2028-03-31"),
    });
    expect(only(run(renewed), "credentials")).toEqual([]);
    renewed.Credentials[4]!["Effective On"] = d("2026-04-05");
    expect(brief(only(run(renewed), "credentials"))).toEqual([
      "Credentials#0 Expires On credentials.expiry error",
    ]);
  });

  it("leaves out people who left, and rows that are Pending, Revoked or Inactive", () => {
    const left = edit("Credentials", 0, { "Expires On": d("2026-02-28") });
    left.Providers[0]!.Active = "No";
    expect(only(run(left), "credentials.expiry")).toEqual([]);
    for (const Status of ["Pending", "Revoked", "Inactive"]) {
      expect(
        only(run(edit("Credentials", 3, { "Expires On": d("2026-03-10"), Status })), "credentials"),
      ).toEqual([]);
    }
  });

  it("needs a Person ID from Providers or Staff, and a payer on every Payer Enrollment", () => {
    const findings = run(edit("Credentials", 3, { "Person ID": "S999" }));
    expect(brief(only(findings, "credentials"))).toEqual([
      "Credentials#3 Person ID credentials.person error",
    ]);
    expect(only(findings, "credentials")[0]?.message).toBe(
      "Person ID S999 is neither a Provider ID nor a Staff ID: add the person or correct this cell",
    );
    const noPayer = run(edit("Credentials", 2, { "Payer ID": "" }));
    expect(brief(only(noPayer, "credentials"))).toEqual(["Credentials#2 Payer ID credentials.person error"]);
  });
});

describe("appointments need a licensed provider", () => {
  it("marks each booked appointment after the provider's license lapsed, on its Provider ID", () => {
    const practice = edit("Credentials", 0, { "Expires On": d("2026-02-28") });
    const findings = only(run(practice), "schedule.provider-license");
    expect(brief(findings)).toEqual([
      "Appointments#0 Provider ID schedule.provider-license error",
      "Appointments#1 Provider ID schedule.provider-license error",
    ]);
    expect(findings[0]?.message).toBe(
      "Provider P001's State License expired on 2026-02-28: no active license on 2026-03-02",
    );
    // A canceled visit needs no license; the day the license still runs is fine.
    practice.Appointments[1]!.Status = "Canceled";
    practice.Credentials[0]!["Expires On"] = d("2026-03-02");
    expect(only(run(practice), "schedule.provider-license")).toEqual([]);
  });

  it("names a provider with no license on file once the practice tracks licenses", () => {
    const practice = validPractice();
    practice.Credentials.splice(1, 1); // P002's license
    const findings = only(run(practice), "schedule.provider-license");
    expect(brief(findings)).toEqual(["Appointments#2 Provider ID schedule.provider-license error"]);
    expect(findings[0]?.message).toBe(
      "Provider P002 has no State License in Credentials: enter it before 2026-03-02",
    );
    // No State License rows at all (a Credentials table just added): the schedule is not flagged.
    practice.Credentials.splice(0, 1);
    expect(only(run(practice), "schedule.provider-license")).toEqual([]);
  });

  it("a license that starts after the appointment does not cover it", () => {
    const findings = only(
      run(edit("Credentials", 1, { "Effective On": d("2026-03-03") })),
      "schedule.provider-license",
    );
    expect(findings.map((f) => f.message)).toEqual([
      "Provider P002 holds no active State License on 2026-03-02 (see Credentials)",
    ]);
  });
});

describe("claims need the rendering provider's payer enrollment", () => {
  it("flags a claim to a tracked payer on a day the provider was not enrolled", () => {
    const findings = only(run(edit("Credentials", 2, { "Effective On": d("2026-02-03") })), "claims.payer");
    expect(brief(findings)).toEqual(["Claims#0 Provider ID claims.payer-enrollment error"]);
    expect(findings[0]?.message).toBe(
      "Service on 2026-02-02 by provider P001, who is not enrolled with AETNA on that day: the payer may refuse the claim",
    );
    const ended = only(run(edit("Credentials", 2, { "Expires On": d("2026-01-31") })), "claims.payer");
    expect(ended[0]?.message).toContain("whose enrollment with AETNA ended on 2026-01-31");
  });

  it("checks only payers the practice tracks enrollments for", () => {
    // C2 goes to MCR, which no Payer Enrollment row names: not checked.
    expect(only(run(validPractice()), "claims.payer")).toEqual([]);
    const practice = edit("Claims", 0, { "Provider ID": "P002" });
    expect(brief(only(run(practice), "claims.payer"))).toEqual([
      "Claims#0 Provider ID claims.payer-enrollment error",
    ]);
  });
});
