/**
 * New patients and where they came from. A new patient is a patient's first kept appointment of Type
 * "New Patient" (a patient counts once, on that date); its Referral Source says how they found the
 * practice. A campaign is credited when the Referral Source is its Name or Campaign ID (any case).
 */
import type { Rows } from "../inputs";
import { textKey } from "../inputs";
import { isKept, type AppointmentRow } from "./schedule";

export interface NewPatient {
  readonly patientRef: string;
  readonly date: number;
  /** Provider who saw the patient on that first visit (null when blank). */
  readonly providerId: string | null;
  /** Referral Source as typed, or "" when blank. */
  readonly source: string;
}

export const NOT_RECORDED = "(not recorded)";

export function newPatients(appointments: Rows<"Appointments">): NewPatient[] {
  const first = new Map<string, AppointmentRow>();
  for (const a of appointments) {
    if (a.type !== "New Patient" || a.date === null || a.patientRef === null || !isKept(a)) continue;
    const key = textKey(a.patientRef);
    const seen = first.get(key);
    if (
      seen === undefined ||
      a.date < (seen.date ?? Infinity) ||
      (a.date === seen.date && (a.start ?? 0) < (seen.start ?? 0))
    ) {
      first.set(key, a);
    }
  }
  return [...first.values()].map((a) => ({
    patientRef: a.patientRef ?? "",
    date: a.date ?? 0,
    providerId: a.providerId,
    source: (a.referralSource ?? "").trim(),
  }));
}

export type CampaignRow = Rows<"Campaigns">[number];

/** The campaign a referral source names, if any. */
export function campaignMatcher(campaigns: Rows<"Campaigns">): (source: string) => CampaignRow | undefined {
  const byKey = new Map<string, CampaignRow>();
  for (const c of campaigns) {
    if (c.campaignId !== null) byKey.set(textKey(c.campaignId), c);
  }
  // Names win over IDs when a name happens to equal another campaign's ID.
  for (const c of campaigns) {
    if (c.name !== null) byKey.set(textKey(c.name), c);
  }
  return (source) => (source === "" ? undefined : byKey.get(textKey(source)));
}
