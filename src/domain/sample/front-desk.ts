/**
 * The front desk's part of the sample practice: holidays, providers' time off, visit times and copays
 * on the appointments, and the last days' cash-drawer closes. Its own random stream, so adding it did
 * not reshuffle the schedule.
 */
import { closeTheDay } from "../front-desk/daily-close";
import { holidayName } from "./calendar";
import { FUTURE_DAYS, type SampleContext } from "./context";
import type { Provider } from "./people";
import type { Random } from "./random";
import { timeOfDay } from "./rows";
import type { Steps } from "./steps";
import type { SampleRow } from "./types";

/** The front-desk columns of a row the desk has not touched yet. */
export const BLANK_FRONT_DESK = {
  checkedIn: "",
  roomed: "",
  checkedOut: "",
  copayDue: "",
  copayCollected: "",
  paymentMethod: "",
} as const;

const KEPT = new Set(["Arrived", "In Room", "Completed"]);
const COPAYS = [20, 25, 30, 40] as const;
const DESK_METHODS: readonly (readonly ["Card" | "Cash" | "Check", number])[] = [
  ["Card", 65],
  ["Cash", 22],
  ["Check", 13],
];
/** Days before asOf the sample has closed. */
const CLOSED_DAYS = 5;

export function holidayRows(context: SampleContext): SampleRow<"Holidays">[] {
  const rows: SampleRow<"Holidays">[] = [];
  for (let day = context.periodStart; day <= context.asOf + FUTURE_DAYS + 270; day++) {
    const name = holidayName(day);
    if (name !== null) rows.push({ date: day, name });
  }
  return rows;
}

/** Vacation weeks as one stretch each (Monday 0:00 to Saturday 0:00), and a board meeting that runs late. */
export function timeOffRows(
  context: SampleContext,
  providers: readonly Provider[],
  appointments: SampleRow<"Appointments">[],
): SampleRow<"TimeOff">[] {
  const rows: SampleRow<"TimeOff">[] = [];
  for (const p of providers) {
    const days = [...p.vacation].sort((a, b) => a - b);
    let start: number | null = null;
    days.forEach((day, i) => {
      start ??= day;
      if (days[i + 1] !== day + 1) {
        rows.push({ providerId: p.id, from: start, to: day + 1, reason: "Vacation" });
        start = null;
      }
    });
  }
  const first = providers[0];
  if (first) {
    // An evening board meeting and the morning after, off: time off across midnight, after asOf.
    const day = context.asOf + 9;
    const from = day + timeOfDay(16 * 60);
    const to = day + 1 + timeOfDay(10 * 60);
    rows.push({ providerId: first.id, from, to, reason: "Board meeting" });
    // The desk moved the visits booked before the meeting was known.
    for (const a of appointments) {
      const start = Number(a.date) + Number(a.start);
      const end = start + Number(a.durationMin) / 1440;
      if (a.providerId === first.id && start < to && from < end && a.status !== "Canceled") {
        a.status = "Rescheduled";
        a.notes = "Moved: provider at a board meeting";
      }
    }
  }
  return rows;
}

/**
 * Visit times for kept visits (check-in before the start, a wait, the visit, check-out), copays on
 * about half of the in-person visits, collected at the desk nine times out of ten.
 */
export function addFrontDesk(context: SampleContext, rng: Random, rows: SampleRow<"Appointments">[]): void {
  for (const row of rows) {
    const date = Number(row.date);
    const start = Math.round(Number(row.start) * 1440);
    const duration = Number(row.durationMin);
    const inPerson = row.type !== "Telehealth";
    if (inPerson && rng.chance(0.55)) row.copayDue = rng.pick(COPAYS);
    const status = String(row.status);
    if (!KEPT.has(status) || date > context.asOf) continue;
    const checkedIn = start - rng.int(0, 15);
    const roomed = Math.max(checkedIn + rng.int(2, 25), checkedIn);
    row.checkedIn = timeOfDay(checkedIn);
    if (status !== "Arrived") row.roomed = timeOfDay(roomed);
    if (status === "Completed")
      row.checkedOut = timeOfDay(Math.max(roomed, start) + duration + rng.int(3, 15));
    if (typeof row.copayDue === "number" && rng.chance(0.9)) {
      row.copayCollected = row.copayDue;
      row.paymentMethod = rng.weighted(DESK_METHODS);
    }
  }
}

/** The last CLOSED_DAYS days closed by the front desk; one drawer came up $5 short. */
export function* dailyCloseRows(
  context: SampleContext,
  appointments: readonly SampleRow<"Appointments">[],
  payments: readonly SampleRow<"Payments">[],
): Steps<SampleRow<"DailyClose">[]> {
  const rows: SampleRow<"DailyClose">[] = [];
  const asNumber = (v: unknown): number | null => (typeof v === "number" ? v : null);
  const asText = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
  const desk = appointments.map((a) => ({
    date: asNumber(a.date),
    status: asText(a.status),
    copayCollected: asNumber(a.copayCollected),
    paymentMethod: asText(a.paymentMethod),
  }));
  const money = payments.map((p) => ({
    receivedOn: asNumber(p.receivedOn),
    amount: asNumber(p.amount),
    method: asText(p.method),
    source: asText(p.source),
  }));
  for (let day = context.asOf - CLOSED_DAYS; day < context.asOf; day++) {
    yield; // each day's close reads every appointment and payment
    for (const line of closeTheDay(day, desk, money)) {
      const short = day === context.asOf - 2 && line.method === "Cash" ? 5 : 0;
      rows.push({
        date: day,
        method: line.method,
        expected: line.expected,
        counted: Math.round((line.expected - short) * 100) / 100,
        variance: "", // calculated column: Excel fills it
        closedBy: "Front desk",
        closedAt: day + timeOfDay(17 * 60 + 45),
      });
    }
  }
  return rows;
}
