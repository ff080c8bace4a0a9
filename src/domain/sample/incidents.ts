import { serialFromYmd, ymdFromSerial } from "../dates/excel-dates";
import type { SampleContext } from "./context";
import type { Random } from "./random";
import { sequentialId } from "./rows";
import type { StaffMember } from "./staff";
import type { SampleRow } from "./types";

type IncidentRow = SampleRow<"Incidents">;

/**
 * A few incidents of a year, handled on time: a sharps injury and a fall logged within days, a
 * misdirected fax found not to be a breach, a small breach notified and reported, and a phishing
 * e-mail still under review (no deadline: not a breach). A missed breach notice is a planted error.
 */
export function incidentRows(
  context: SampleContext,
  rng: Random,
  staff: readonly StaffMember[],
): IncidentRow[] {
  const { asOf } = context;
  const reporter = () => {
    const active = staff.filter((s) => s.active);
    const s = rng.pick(active);
    return `${s.firstName} ${s.lastName}`;
  };
  const rows: IncidentRow[] = [];
  const add = (row: Omit<IncidentRow, "incidentId">) =>
    rows.push({ incidentId: sequentialId("INC", rows.length + 1, 4), ...row });
  const sharps = asOf - rng.int(90, 200);
  add({
    date: sharps,
    discoveredOn: sharps,
    type: "Sharps Injury",
    description:
      "Needlestick while recapping after a vaccine injection; source patient tested (see employee health file)",
    reportedBy: reporter(),
    breach: "No",
    individualsAffected: "",
    notifyBy: "",
    notifiedOn: sharps + rng.int(1, 4),
    status: "Closed",
  });
  const fax = asOf - rng.int(60, 150);
  add({
    date: fax,
    discoveredOn: fax + 1,
    type: "Privacy Incident",
    description:
      "Lab results faxed to the wrong clinic; recipient confirmed destruction (risk assessment: low probability of compromise)",
    reportedBy: reporter(),
    breach: "No",
    individualsAffected: "",
    notifyBy: "",
    notifiedOn: "",
    status: "Closed",
  });
  // Discovered in the year before asOf's year: the HHS report (fewer than 500) was due by 1 March.
  const lastYear = ymdFromSerial(asOf).year - 1;
  const breach = serialFromYmd(lastYear, 9, 1) + rng.int(0, 80);
  add({
    date: breach - 3,
    discoveredOn: breach,
    type: "Privacy Incident",
    description: "Statements for 3 patients mailed to the wrong addresses",
    reportedBy: reporter(),
    breach: "Yes",
    individualsAffected: 3,
    notifyBy: "",
    notifiedOn: breach + rng.int(10, 30),
    status: "Reported",
  });
  const fall = asOf - rng.int(20, 60);
  add({
    date: fall,
    discoveredOn: fall,
    type: "Other Work Injury",
    description: "Medical assistant slipped on a wet floor in the lab; sprained wrist, restricted duty",
    reportedBy: reporter(),
    breach: "No",
    individualsAffected: "",
    notifyBy: "",
    notifiedOn: fall + rng.int(1, 5),
    status: "Closed",
  });
  const phishing = asOf - rng.int(2, 9);
  add({
    date: phishing,
    discoveredOn: phishing,
    type: "Security Incident",
    description: "Phishing e-mail opened at the front desk; password reset, logs under review",
    reportedBy: reporter(),
    breach: "No",
    individualsAffected: "",
    notifyBy: "",
    notifiedOn: "",
    status: "Under Review",
  });
  return rows;
}
