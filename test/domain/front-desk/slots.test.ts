import type { CellValue } from "../../../src/domain/catalog";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";
import {
  calendarFromRows,
  findFreeSlots,
  SlotSearchError,
  type FreeSlot,
} from "../../../src/domain/front-desk";
import { Random } from "../../../src/domain/sample/random";
import { createTableData } from "../../../src/excel/table-io/table-data";

// Hand-made calendars. 2026-03-16 is a Monday; 2026-03-17 a Tuesday.
const MON = serialFromYmd(2026, 3, 16);
const TUE = MON + 1;
const t = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return ((h ?? 0) * 60 + (m ?? 0)) / 1440;
};
const shown = (s: FreeSlot): string => {
  const h = Math.floor(s.start / 60);
  const m = s.start % 60;
  return `${s.date - MON} ${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")} ${s.providerId}`;
};

const table = (name: string, headers: string[], rows: CellValue[][]) =>
  createTableData({ name, sheet: name, headers, rows, firstRow: 1, firstColumn: 0 });

interface Book {
  providers?: CellValue[][];
  appointments?: CellValue[][];
  timeOff?: CellValue[][];
  holidays?: CellValue[][];
}

const PROVIDER_HEADERS = [
  "Provider ID",
  "Name",
  "NPI",
  "Specialty",
  "Work Days",
  "Day Start",
  "Day End",
  "Active",
];
const APPT_HEADERS = [
  "Appointment ID",
  "Date",
  "Start",
  "Duration (min)",
  "Provider ID",
  "Patient Ref",
  "Status",
];

function calendar(book: Book) {
  const providers = table("Providers", PROVIDER_HEADERS, book.providers ?? []);
  const appointments = table("Appointments", APPT_HEADERS, book.appointments ?? []);
  const timeOff = table("TimeOff", ["Provider ID", "From", "To", "Reason"], book.timeOff ?? []);
  const holidays = table("Holidays", ["Date", "Name"], book.holidays ?? []);
  return calendarFromRows({
    providers: providers.typedRows(CATALOG_SPECS.Providers),
    appointments: appointments.typedRows(CATALOG_SPECS.Appointments),
    timeOff: timeOff.typedRows(CATALOG_SPECS.TimeOff),
    holidays: holidays.typedRows(CATALOG_SPECS.Holidays),
  });
}
import { CATALOG as CATALOG_SPECS } from "../../../src/domain/catalog";

const FULL_DAY: CellValue[] = ["P1", "Dr. Full", "", "", "Mon-Fri", t("8:00"), t("17:00"), "Yes"];
// A provider with half days: mornings only, Monday and Tuesday.
const HALF_DAY: CellValue[] = ["P2", "Dr. Half", "", "", "Mon,Tue", "8:00", "12:00", "Yes"];

describe("free slots from hand-made calendars", () => {
  test("a half-day provider: back-to-back slots in the morning, then the next work day", () => {
    const cal = calendar({ providers: [HALF_DAY] });
    const slots = findFreeSlots(cal, { providerId: "P2", minutes: 60, from: MON + t("7:00"), count: 6 });
    expect(slots.map(shown)).toEqual([
      "0 08:00 P2",
      "0 09:00 P2",
      "0 10:00 P2",
      "0 11:00 P2",
      "1 08:00 P2",
      "1 09:00 P2",
    ]);
    // Wednesday to Sunday are not work days: after Tuesday comes next Monday.
    const later = findFreeSlots(cal, { providerId: "p2", minutes: 240, from: TUE + t("9:00"), count: 1 });
    expect(later.map(shown)).toEqual(["7 08:00 P2"]);
  });

  test("overlapping bookings are merged; gaps too short for the visit are skipped; canceled visits free their slot", () => {
    const cal = calendar({
      providers: [FULL_DAY],
      appointments: [
        ["A1", MON, t("8:00"), 45, "P1", "MRN1", "Completed"],
        ["A2", MON, t("8:30"), 30, "P1", "MRN2", "Scheduled"], // overlaps A1 (a double booking)
        ["A3", MON, t("9:20"), 20, "P1", "MRN3", "Confirmed"], // leaves 9:00-9:20: too short for 30
        ["A4", MON, t("10:10"), 30, "P1", "MRN4", "Canceled"], // freed
        ["A5", MON, t("10:40"), 15, "p1 ", "MRN5", "Arrived"], // provider typed in another case
      ],
    });
    const slots = findFreeSlots(cal, { providerId: "P1", minutes: 30, from: MON, count: 3 });
    expect(slots.map(shown)).toEqual(["0 09:40 P1", "0 10:10 P1", "0 10:55 P1"]);
  });

  test("time off across midnight blocks the evening and the next morning", () => {
    const cal = calendar({
      providers: [FULL_DAY],
      timeOff: [["P1", MON + t("15:00"), "2026-03-17 10:00", "Hospital call"]],
    });
    const slots = findFreeSlots(cal, { providerId: "P1", minutes: 60, from: MON + t("13:00"), count: 4 });
    expect(slots.map(shown)).toEqual(["0 13:00 P1", "0 14:00 P1", "1 10:00 P1", "1 11:00 P1"]);
  });

  test("holidays close the practice for every provider", () => {
    const cal = calendar({
      providers: [FULL_DAY, HALF_DAY],
      holidays: [
        [MON, "Practice closed"],
        ["2026-03-17", "Training day"],
      ],
    });
    const slots = findFreeSlots(cal, { providerId: null, minutes: 480, from: MON, count: 2 });
    // Wednesday for P1 only (P2 does not work Wednesdays, and a 480-minute visit never fits a half day).
    expect(slots.map(shown)).toEqual(["2 08:00 P1", "3 08:00 P1"]);
  });

  test("any provider: merged by time, then Provider ID; inactive providers are left out", () => {
    const retired: CellValue[] = ["P0", "Dr. Gone", "", "", "Mon-Fri", t("7:00"), t("17:00"), "No"];
    const cal = calendar({
      providers: [FULL_DAY, HALF_DAY, retired],
      appointments: [["A1", MON, t("8:00"), 30, "P2", "MRN1", "Scheduled"]],
    });
    const slots = findFreeSlots(cal, { providerId: null, minutes: 30, from: MON, count: 4 });
    expect(slots.map(shown)).toEqual(["0 08:00 P1", "0 08:30 P1", "0 08:30 P2", "0 09:00 P1"]);
    expect(() => findFreeSlots(cal, { providerId: "P0", minutes: 30, from: MON, count: 1 })).toThrow(
      "provider P0 is not active",
    );
    expect(() => findFreeSlots(cal, { providerId: "P9", minutes: 30, from: MON, count: 1 })).toThrow(
      SlotSearchError,
    );
  });

  test("a search from mid-morning starts on the 5-minute grid and never before the moment asked", () => {
    const cal = calendar({ providers: [FULL_DAY] });
    const slots = findFreeSlots(cal, { providerId: "P1", minutes: 20, from: MON + t("10:07"), count: 2 });
    expect(slots.map(shown)).toEqual(["0 10:10 P1", "0 10:30 P1"]);
    // Past Day End: the next work day.
    expect(
      findFreeSlots(cal, { providerId: "P1", minutes: 20, from: MON + t("16:50"), count: 1 }).map(shown),
    ).toEqual(["1 08:00 P1"]);
  });

  test("a provider with no readable hours or work days offers nothing (and says so by returning no slot)", () => {
    const cal = calendar({ providers: [["P3", "Dr. Blank", "", "", "", "", "", "Yes"]] });
    expect(findFreeSlots(cal, { providerId: "P3", minutes: 15, from: MON, count: 3, days: 30 })).toEqual([]);
  });

  test("never double-books: random calendars, every offered slot is free and books cleanly", () => {
    const rng = new Random(14);
    for (let round = 0; round < 40; round++) {
      const appointments: CellValue[][] = [];
      for (let i = 0; i < 60; i++) {
        const day = MON + rng.int(0, 6);
        const start = 7 * 60 + rng.int(0, 11 * 12) * 5;
        const status = rng.pick(["Scheduled", "Confirmed", "Canceled", "Arrived", "Rescheduled", ""]);
        appointments.push([
          `A${i}`,
          day,
          start / 1440,
          rng.pick([10, 15, 20, 30, 45, 60]),
          rng.pick(["P1", "P2"]),
          "M",
          status,
        ]);
      }
      const timeOff: CellValue[][] = [
        ["P1", MON + 1 + rng.int(0, 20) / 24, MON + 2 + rng.int(0, 20) / 24, "Away"],
      ];
      const minutes = rng.pick([15, 20, 30, 45]);
      const book = { providers: [FULL_DAY, HALF_DAY], appointments, timeOff };
      let cal = calendar(book);
      const slots = findFreeSlots(cal, { providerId: null, minutes, from: MON, count: 25 });
      expect(slots).toHaveLength(25);
      for (const s of slots) {
        const from = s.date * 1440 + s.start;
        expect(cal.conflict(s.providerId, from, from + minutes)).toBeNull();
      }
      // Book the first slot: it is never offered again, and booking it twice is a conflict.
      const first = slots[0] as FreeSlot;
      appointments.push(["NEW", first.date, first.start / 1440, minutes, first.providerId, "M", "Scheduled"]);
      cal = calendar(book);
      const from = first.date * 1440 + first.start;
      expect(cal.conflict(first.providerId, from, from + minutes)).toMatch(/booked or away/);
      const again = findFreeSlots(cal, { providerId: first.providerId, minutes, from: MON, count: 25 });
      expect(again.some((s) => s.date === first.date && s.start === first.start)).toBe(false);
    }
  });
});
