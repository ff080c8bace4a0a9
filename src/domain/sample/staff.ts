import type { STAFF_ROLES } from "../catalog/lists";
import type { SampleContext } from "./context";
import type { NamePicker, Provider } from "./people";
import type { Random } from "./random";
import { sequentialId } from "./rows";
import type { SampleRow } from "./types";

type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffMember {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: StaffRole;
  readonly email: string;
  readonly hireDate: number;
  readonly active: boolean;
}

const CLINICAL: ReadonlySet<StaffRole> = new Set<StaffRole>([
  "Physician",
  "Nurse Practitioner",
  "Physician Assistant",
  "Nurse",
  "Medical Assistant",
]);
const BILLING: ReadonlySet<StaffRole> = new Set<StaffRole>([
  "Physician",
  "Nurse Practitioner",
  "Physician Assistant",
  "Biller",
  "Practice Manager",
]);

/** Support staff per provider, rounded up: a typical primary-care ratio of about 1.5 to 1. */
const SUPPORT_PER_PROVIDER: readonly (readonly [StaffRole, number])[] = [
  ["Practice Manager", 0],
  ["Biller", 1 / 4],
  ["Front Desk", 1 / 3],
  ["Medical Assistant", 1 / 2],
  ["Nurse", 1 / 6],
];

export function generateStaff(
  context: SampleContext,
  rng: Random,
  names: NamePicker,
  providers: readonly Provider[],
): StaffMember[] {
  const emails = new Set<string>();
  const staff: StaffMember[] = [];
  const add = (first: string, last: string, role: StaffRole, active: boolean) => {
    staff.push({
      id: sequentialId("S", staff.length + 1, 3),
      firstName: first,
      lastName: last,
      role,
      email: uniqueEmail(first, last, emails),
      hireDate: context.asOf - rng.int(active ? 90 : 800, 15 * 365),
      active,
    });
  };
  for (const p of providers) add(p.firstName, p.lastName, p.role, true);
  for (const [role, ratio] of SUPPORT_PER_PROVIDER) {
    const count = role === "Practice Manager" ? 1 : Math.ceil(providers.length * ratio);
    for (let i = 0; i < count; i++) {
      const { first, last } = names.next();
      add(first, last, role, true);
    }
  }
  const { first, last } = names.next();
  add(first, last, "Medical Assistant", false); // someone who left: kept for the records
  return staff;
}

export function staffRows(staff: readonly StaffMember[]): SampleRow<"Staff">[] {
  return staff.map((s) => ({
    staffId: s.id,
    name: `${s.firstName} ${s.lastName}`,
    role: s.role,
    email: s.email,
    hireDate: s.hireDate,
    active: s.active ? "Yes" : "No",
  }));
}

function uniqueEmail(first: string, last: string, taken: Set<string>): string {
  const base = `${first.split(" ")[0]}.${last}`.toLowerCase().replace(/[^a-z.]/g, "");
  let email = `${base}@example.org`;
  for (let n = 2; taken.has(email); n++) email = `${base}${n}@example.org`;
  taken.add(email);
  return email;
}

interface Course {
  readonly name: string;
  /** Days a certificate stays valid (0: it does not expire). */
  readonly validDays: number;
  readonly requiredFor: (role: StaffRole) => boolean;
  /** Share of the staff it does not require who took it anyway. */
  readonly optionalUptake: number;
  readonly offeredTo: (role: StaffRole) => boolean;
}

const EVERYONE = () => true;
const NOBODY = () => false;

const COURSES: readonly Course[] = [
  {
    name: "HIPAA Privacy and Security",
    validDays: 365,
    requiredFor: EVERYONE,
    optionalUptake: 0,
    offeredTo: EVERYONE,
  },
  { name: "Fire Safety", validDays: 365, requiredFor: EVERYONE, optionalUptake: 0, offeredTo: EVERYONE },
  {
    name: "OSHA Bloodborne Pathogens",
    validDays: 365,
    requiredFor: (r) => CLINICAL.has(r),
    optionalUptake: 0,
    offeredTo: (r) => CLINICAL.has(r),
  },
  {
    name: "BLS/CPR",
    validDays: 730,
    requiredFor: (r) => CLINICAL.has(r),
    optionalUptake: 0.3,
    offeredTo: EVERYONE,
  },
  {
    name: "Fraud, Waste and Abuse",
    validDays: 365,
    requiredFor: (r) => BILLING.has(r),
    optionalUptake: 0,
    offeredTo: (r) => BILLING.has(r),
  },
  {
    name: "Workplace Harassment Prevention",
    validDays: 730,
    requiredFor: NOBODY,
    optionalUptake: 0.7,
    offeredTo: EVERYONE,
  },
  {
    name: "Phlebotomy Refresher",
    validDays: 730,
    requiredFor: NOBODY,
    optionalUptake: 0.6,
    offeredTo: (r) => r === "Medical Assistant" || r === "Nurse",
  },
  {
    name: "Patient Service Basics",
    validDays: 0,
    requiredFor: NOBODY,
    optionalUptake: 0.8,
    offeredTo: (r) => r === "Front Desk",
  },
];

/**
 * Training records of active staff. Required courses are current (some expire within weeks);
 * only optional courses have lapsed, so a clean sample has no expired required training.
 */
export function generateTraining(
  context: SampleContext,
  rng: Random,
  staff: readonly StaffMember[],
): SampleRow<"Training">[] {
  const rows: SampleRow<"Training">[] = [];
  for (const s of staff) {
    if (!s.active) continue;
    for (const course of COURSES) {
      if (!course.offeredTo(s.role)) continue;
      const required = course.requiredFor(s.role);
      if (!required && !rng.chance(course.optionalUptake)) continue;
      const sinceHire = context.asOf - s.hireDate;
      const completedOn = required
        ? context.asOf - rng.int(5, Math.max(5, Math.min(course.validDays - 1, sinceHire)))
        : context.asOf - rng.int(10, Math.max(10, Math.min(1_400, sinceHire)));
      rows.push({
        staffId: s.id,
        course: course.name,
        completedOn,
        expiresOn: course.validDays > 0 ? completedOn + course.validDays : "",
        required: required ? "Yes" : "No",
      });
    }
  }
  return rows;
}
