import { computedNotifyBy, incidentDeadlines, smallBreachHhsDeadline } from "../../../src/domain/metrics";
import { validateWorkbook, type Finding } from "../../../src/domain/rules";
import { AS_OF, brief, d, toWorkbook, validPractice, type RowSpec } from "./fixture";

// "Today" is Monday 2026-03-02 (AS_OF). Every deadline below is counted by hand on a calendar.
function findings(incident: RowSpec, asOf = AS_OF): Finding[] {
  const practice = validPractice();
  practice.Incidents = [{ "Incident ID": "I9", Status: "Open", ...incident }];
  return validateWorkbook(toWorkbook(practice), { asOf }).filter((f) => f.table === "Incidents");
}
const messages = (list: readonly Finding[]) => list.map((f) => f.message);

describe("HIPAA breach deadlines", () => {
  it("HHS for fewer than 500: 60 days after 31 December of the year of discovery (1 March, 29 February in leap years)", () => {
    expect(smallBreachHhsDeadline(d("2025-11-20"))).toBe(d("2026-03-01"));
    expect(smallBreachHhsDeadline(d("2026-01-01"))).toBe(d("2027-03-01"));
    expect(smallBreachHhsDeadline(d("2026-12-31"))).toBe(d("2027-03-01"));
    expect(smallBreachHhsDeadline(d("2027-06-10"))).toBe(d("2028-02-29")); // 2028 is a leap year
  });

  it("individuals within 60 days of discovery; HHS for a small breach waits for year end", () => {
    // Discovered 2026-01-05: + 26 days = Jan 31, + 28 = Feb 28 (54), + 6 = Mar 6 (60).
    const facts = {
      type: "Privacy Incident",
      date: d("2026-01-02"),
      discoveredOn: d("2026-01-05"),
      breach: "Yes",
      individualsAffected: 3,
    };
    expect(incidentDeadlines(facts).map((x) => [x.kind, x.due])).toEqual([
      ["individuals", d("2026-03-06")],
      ["hhs", d("2027-03-01")],
    ]);
    expect(computedNotifyBy(facts)).toBe(d("2026-03-06"));
    const list = findings({
      Date: d("2026-01-02"),
      "Discovered On": d("2026-01-05"),
      Type: "Privacy Incident",
      Breach: "Yes",
      "Individuals Affected": 3,
    });
    expect(brief(list)).toEqual(["Incidents#0 Notify By incidents.deadline warning"]);
    expect(list[0]?.message).toBe(
      "Breach notice to the individuals is due by 2026-03-06 (60 days after discovery; Notify By is blank, so this is the computed date): 4 days left; enter Notified On when done",
    );
  });

  it("year-end case: a small breach found in November 2025, individuals told, HHS report late on 2026-03-02", () => {
    const list = findings({
      Date: d("2025-11-18"),
      "Discovered On": d("2025-11-20"),
      Type: "Privacy Incident",
      Breach: "Yes",
      "Individuals Affected": 12,
      "Notified On": d("2025-12-15"),
    });
    expect(brief(list)).toEqual(["Incidents#0 Status incidents.deadline error"]);
    expect(list[0]?.message).toBe(
      "Breach report to HHS (fewer than 500 affected) was due by 2026-03-01 (60 days after the end of 2025, the year of discovery): 1 day late; set Status to Reported when filed",
    );
    // Filed: Status Reported closes it.
    expect(
      findings({
        Date: d("2025-11-18"),
        "Discovered On": d("2025-11-20"),
        Type: "Privacy Incident",
        Breach: "Yes",
        "Individuals Affected": 12,
        "Notified On": d("2025-12-15"),
        Status: "Reported",
      }),
    ).toEqual([]);
  });

  it("500 or more: HHS within 60 days of discovery too (2026-01-01 + 60 = 2026-03-02)", () => {
    const incident = {
      Date: d("2026-01-01"),
      Type: "Security Incident",
      Breach: "Yes",
      "Individuals Affected": 600,
    };
    const today = findings(incident);
    expect(brief(today)).toEqual([
      "Incidents#0 Notify By incidents.deadline warning",
      "Incidents#0 Status incidents.deadline warning",
    ]);
    expect(messages(today)[1]).toContain("Breach report to HHS (500 or more affected) is due by 2026-03-02");
    const tomorrow = findings(incident, d("2026-03-03"));
    expect(tomorrow.map((f) => f.severity)).toEqual(["error", "error"]);
    expect(messages(tomorrow)[0]).toContain(
      "was due by 2026-03-02 (60 days after discovery; Notify By is blank",
    );
  });

  it("an unknown count is asked for and given the earlier HHS deadline", () => {
    const list = findings({ Date: d("2026-02-20"), Type: "Privacy Incident", Breach: "Yes" });
    expect(brief(list)).toEqual(["Incidents#0 Individuals Affected incidents.deadline warning"]);
    expect(
      incidentDeadlines({
        type: "Privacy Incident",
        date: d("2026-02-20"),
        discoveredOn: null,
        breach: "Yes",
        individualsAffected: null,
      }).map((x) => x.due),
    ).toEqual([d("2026-04-21"), d("2026-04-21")]);
  });
});

describe("OSHA 300 log: 7 calendar days", () => {
  it("counts from Date when Discovered On is blank: 2026-02-20 + 7 = 2026-02-27, 3 days late", () => {
    const list = findings({ Date: d("2026-02-20"), Type: "Sharps Injury", Breach: "No" });
    expect(brief(list)).toEqual(["Incidents#0 Notify By incidents.deadline error"]);
    expect(list[0]?.message).toBe(
      "OSHA 300 log entry was due by 2026-02-27 (7 days after learning of the injury; Notify By is blank, so this is the computed date): 3 days late; enter Notified On when done",
    );
  });

  it("counts from Discovered On: 2026-02-25 + 7 = 2026-03-04, 2 days left; a logged entry ends it but a late one is noted", () => {
    const base = { Date: d("2026-02-20"), "Discovered On": d("2026-02-25"), Type: "Other Work Injury" };
    expect(messages(findings(base))).toEqual([
      "OSHA 300 log entry is due by 2026-03-04 (7 days after learning of the injury; Notify By is blank, so this is the computed date): 2 days left; enter Notified On when done",
    ]);
    expect(findings({ ...base, "Notified On": d("2026-03-01") })).toEqual([]);
    const late = findings({ ...base, "Notified On": d("2026-03-06") }, d("2026-03-09"));
    expect(messages(late)).toEqual([
      "Notified 2 days after the deadline 2026-03-04: document the reason for the delay",
    ]);
  });

  it("the user's Notify By is kept: an earlier one is the target, a later one is flagged", () => {
    const base = { Date: d("2026-02-25"), Type: "Sharps Injury" };
    expect(messages(findings({ ...base, "Notify By": d("2026-02-28") }))).toEqual([
      "OSHA 300 log entry was due by 2026-02-28 (your Notify By): 2 days late; enter Notified On when done",
    ]);
    expect(messages(findings({ ...base, "Notify By": d("2026-03-10") }))).toEqual([
      "OSHA 300 log entry is due by 2026-03-04 (7 days after learning of the injury): 2 days left; enter Notified On when done",
      "Notify By is after the legal deadline 2026-03-04 (6 days later)",
    ]);
  });

  it("reads a hand-typed workbook: text dates and a count typed as text", () => {
    const list = findings({ Date: "2026-02-20", "Discovered On": "25 Feb 2026", Type: "Sharps Injury" });
    // Dates typed as text count as the dates they say (and are flagged as text by their own rule).
    expect(messages(list)).toEqual(expect.arrayContaining([expect.stringContaining("is due by 2026-03-04")]));
    const breach = findings({
      Date: "2025-11-20",
      Type: "Privacy Incident",
      Breach: "yes",
      "Individuals Affected": "12",
      "Notified On": "2025-12-15",
    });
    expect(messages(breach)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("HHS (fewer than 500 affected) was due by 2026-03-01"),
      ]),
    );
  });

  it("a Discovered On before the Date is questioned", () => {
    const list = findings({
      Date: d("2026-01-10"),
      "Discovered On": d("2026-01-05"),
      Type: "Other",
      Status: "Closed",
    });
    expect(messages(list)).toEqual([
      "Discovered On 2026-01-05 is before the incident's Date 2026-01-10: the deadlines count from the day it was discovered",
    ]);
  });

  it("Not Reportable, Reported and Closed end the clocks; a patient safety event has none", () => {
    for (const Status of ["Not Reportable", "Reported", "Closed"])
      expect(findings({ Date: d("2026-01-02"), Type: "Sharps Injury", Status })).toEqual([]);
    expect(findings({ Date: d("2026-01-02"), Type: "Patient Safety" })).toEqual([]);
  });
});
