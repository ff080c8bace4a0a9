import { SUMMARIES, type ModelCell, type SheetModel } from "../../../src/domain/summaries";
import { computeDashboard } from "../../../src/domain/summaries/figures/dashboard";
import { computeCompliance } from "../../../src/domain/summaries/sheets/compliance";
import { d, practiceInput, practiceTables, rows } from "./fixtures";

// As of 2026-03-15 (fixtures.AS_OF). Days are counted by hand: 16 days are left in March after the 15th.
function input() {
  const tables = practiceTables();
  return practiceInput({
    tables: {
      ...tables,
      Providers: [
        ...(tables.Providers ?? []),
        ...rows("Providers", [{ providerId: "P2", name: "Dr. Baker", active: "Yes" }]),
      ],
      Credentials: rows("Credentials", [
        { personId: "P1", type: "State License", number: "A1", expiresOn: d(2026, 4, 14) }, // 16 + 14 = 30
        { personId: "P1", type: "DEA", expiresOn: d(2026, 6, 13) }, // 16 + 30 + 31 + 13 = 90
        { personId: "P1", type: "Malpractice Insurance", expiresOn: d(2026, 6, 14) }, // 91: not listed
        { personId: "P1", type: "CAQH Attestation", expiresOn: d(2026, 3, 20) },
        { personId: "P1", type: "CAQH Attestation", effectiveOn: d(2026, 3, 21), expiresOn: d(2026, 7, 18) },
        { personId: "P1", type: "Payer Enrollment", payerId: "AET", effectiveOn: d(2025, 1, 1) },
        { personId: "S1", type: "BLS/ACLS", expiresOn: d(2026, 3, 1), status: "Active" }, // 14 days ago
        { personId: "S2", type: "State License", expiresOn: d(2026, 1, 1) }, // left the practice
        { personId: "P9", type: "State License", expiresOn: d(2026, 1, 1) }, // left the practice
        { personId: "P2", type: "Payer Enrollment", payerId: "AET", status: "Pending" },
      ]),
      Incidents: rows("Incidents", [
        { incidentId: "I1", date: d(2026, 3, 10), type: "Sharps Injury", status: "Open" },
        {
          incidentId: "I2",
          date: d(2026, 1, 5),
          type: "Privacy Incident",
          breach: "Yes",
          individualsAffected: 40,
          notifiedOn: d(2026, 2, 1),
          status: "Open",
        },
        {
          incidentId: "I3",
          date: d(2026, 1, 8),
          discoveredOn: d(2026, 1, 10),
          type: "Privacy Incident",
          breach: "Yes",
          individualsAffected: 700,
          status: "Under Review",
        },
        {
          incidentId: "I4",
          date: d(2026, 3, 12),
          type: "Security Incident",
          breach: "No",
          status: "Under Review",
        },
        { incidentId: "I5", date: d(2026, 2, 1), type: "Sharps Injury", status: "Closed" },
      ]),
    },
  });
}

const rowStarting = (model: SheetModel, label: string): (readonly ModelCell[])[] =>
  model.cells.filter((r) => r[0] === label);

describe("Compliance: credentials", () => {
  const f = computeCompliance(input());

  it("lists expired and ending credentials of active people, longest expired first, renewals counted", () => {
    expect(f.credentials.map((a) => [a.personId, a.type, a.endsOn, a.daysLeft, a.expired])).toEqual([
      ["S1", "BLS/ACLS", d(2026, 3, 1), -14, true],
      ["P1", "State License", d(2026, 4, 14), 30, false],
      ["P1", "DEA", d(2026, 6, 13), 90, false],
    ]);
    expect(f.credentials[0]?.name).toBe("Beth");
  });

  it("lists what active providers lack: a license (licenses are tracked) and the tracked AET enrollment", () => {
    expect(f.missingCredentials.map((m) => [m.providerId, m.type, m.payerId, m.onFile])).toEqual([
      ["P2", "State License", null, "nothing"],
      ["P2", "Payer Enrollment", "AET", "pending"],
    ]);
  });
});

describe("Compliance: incidents", () => {
  const f = computeCompliance(input());

  it("one line per open deadline, soonest first, with the computed Notify By when the cell is blank", () => {
    expect(f.incidents.map((l) => [l.incident.incidentId, l.deadline, l.dueOn, l.daysLeft])).toEqual([
      // Discovered 2026-01-10: + 21 = Jan 31, + 28 = Feb 28, + 11 = Mar 11 (60 days); 4 days ago.
      ["I3", "Breach notice to the individuals", d(2026, 3, 11), -4],
      ["I3", "Breach report to HHS (500 or more affected)", d(2026, 3, 11), -4],
      // 2026-03-10 + 7.
      ["I1", "OSHA 300 log entry", d(2026, 3, 17), 2],
      // Fewer than 500, discovered in 2026: 2026-12-31 + 60 = 2027-03-01, 351 days away.
      ["I2", "Breach report to HHS (fewer than 500 affected)", d(2027, 3, 1), 351],
      ["I4", null, null, null],
    ]);
    expect(f.incidents[0]?.notifyBy).toBe(d(2026, 3, 11));
    expect(f.incidents[0]?.notifyByComputed).toBe(true);
  });

  it("the sheet shows both sections with overdue rows highlighted", () => {
    const compliance = SUMMARIES.find((s) => s.id === "compliance")!.build(input());
    const i3 = rowStarting(compliance, "I3");
    expect(i3).toHaveLength(2);
    expect(i3[0]?.slice(5, 10)).toEqual([
      "Breach notice to the individuals",
      d(2026, 3, 11),
      d(2026, 3, 11),
      "Computed",
      -4,
    ]);
    expect(rowStarting(compliance, "I4")[0]?.[5]).toBe("No legal deadline");
    expect(
      compliance.cells.some((r) => r[0] === "Open incidents (4) and reporting deadlines overdue (2)"),
    ).toBe(true);
    expect(
      compliance.cells.some((r) => r[0] === "Credentials expired (1) or ending within 90 days (2)"),
    ).toBe(true);
    const meanings = compliance.conditionalFormats.map((c) => c.meaning);
    expect(meanings).toEqual(expect.arrayContaining(["expired credential", "overdue incident deadline"]));
  });
});

describe("Dashboard counts", () => {
  it("credentials expired or ending within 30 days, incident deadlines overdue or within 14 days", () => {
    const f = computeDashboard(input());
    expect(f.credentialsDue).toBe(2); // S1's BLS/ACLS (expired), P1's license (30 days)
    expect(f.incidentDeadlinesDue).toBe(3); // I3 twice (overdue), I1 (2 days)
    const dashboard = SUMMARIES.find((s) => s.id === "dashboard")!.build(input());
    expect(rowStarting(dashboard, "Credentials expired or ending within 30 days")[0]?.[1]).toBe(2);
    expect(rowStarting(dashboard, "Incident deadlines overdue or within 14 days")[0]?.[1]).toBe(3);
  });
});
