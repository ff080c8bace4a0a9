import { validateWorkbook, type Finding } from "../../../src/domain/rules";
import { AS_OF, brief, d, t, toWorkbook, validPractice, type Practice } from "./fixture";

const run = (practice: Practice, unbilledAfterDays?: number): Finding[] =>
  validateWorkbook(toWorkbook(practice), {
    asOf: AS_OF,
    ...(unbilledAfterDays === undefined ? {} : { unbilledAfterDays }),
  }).filter((f) => f.ruleId === "appointments.unbilled");

/** The valid practice (today 2026-03-02) plus past visits: C1 bills MRN1/P001 on 2026-02-02. */
function withVisits(): Practice {
  const p = validPractice();
  const visit = (id: string, date: string, patient: string, status: string, claimId = "") => ({
    "Appointment ID": id,
    Date: d(date),
    Start: t("14:00"),
    "Duration (min)": 15,
    "Provider ID": "P001",
    "Patient Ref": patient,
    Status: status,
    "Claim ID": claimId,
  });
  p.Appointments.push(
    visit("A10", "2026-02-02", "mrn1", "Completed"), // matches C1 by patient (any case), day, provider
    visit("A11", "2026-02-20", "MRN7", "Completed", "C2"), // linked explicitly to C2
    visit("A12", "2026-02-20", "MRN8", "Completed"), // 10 days, no claim: warning
    visit("A13", "2026-02-27", "MRN9", "Arrived"), // exactly 3 days: warning
    visit("A14", "2026-02-28", "MRN9", "In Room"), // 2 days: not yet
    visit("A15", "2026-02-10", "MRN5", "No Show"), // not a kept visit
    visit("A16", "2026-02-11", "MRN6", "Completed", "C99"), // names a claim that does not exist
  );
  return p;
}

describe("unbilled visits (appointments.unbilled)", () => {
  it("warns on kept visits N days old with no claim by Claim ID or patient + date + provider", () => {
    const findings = run(withVisits());
    expect(brief(findings)).toEqual([
      "Appointments#5 Status appointments.unbilled warning",
      "Appointments#6 Status appointments.unbilled warning",
      "Appointments#9 Status appointments.unbilled warning",
    ]);
    expect(findings[0]?.message).toBe(
      "Completed visit of 2026-02-20 has no claim after 10 days: bill it (Summaries > Create draft claims)",
    );
    expect(findings[1]?.message).toContain("Arrived visit of 2026-02-27 has no claim after 3 days");
    expect(findings[2]?.message).toContain("(Claim ID C99 is not in Claims)");
  });

  it("quotes a long Claim ID shortened, like every other shown value (found by the robustness property test)", () => {
    const p = withVisits();
    const long = "Lorem ipsum ".repeat(100);
    const a16 = p.Appointments.find((a) => a["Appointment ID"] === "A16");
    if (a16) a16["Claim ID"] = long;
    const message = run(p).find((f) => f.message.includes("Claim ID"))?.message ?? "";
    expect(message).toContain("(Claim ID Lorem ipsum");
    expect(message).toContain("… is not in Claims)");
    expect(message.length).toBeLessThan(200);
  });

  it("follows the workbook's setting for N", () => {
    expect(run(withVisits(), 2)).toHaveLength(4); // A14 (2 days) too
    expect(run(withVisits(), 11)).toHaveLength(1); // only A16 (19 days)
  });

  it("stops warning once a claim for the visit is added", () => {
    const p = withVisits();
    p.Claims.push({
      "Claim ID": "C3",
      "Patient Ref": "MRN8",
      "Payer ID": "AETNA",
      "Provider ID": "P001",
      "Service Date": d("2026-02-20"),
      "Total Charge": 0,
      Status: "Draft",
    });
    expect(brief(run(p))).not.toContain("Appointments#5 Status appointments.unbilled warning");
  });
});
