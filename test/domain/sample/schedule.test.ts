import type { CellValue } from "../../../src/domain/catalog";
import { WEEKDAYS } from "../../../src/domain/catalog/lists";
import { serialFromYmd, weekdayOfSerial } from "../../../src/domain/dates/excel-dates";
import { DEFAULT_AS_OF, generatePractice, type PracticeData } from "../../../src/domain/sample";
import { minutes, table } from "./sample-helpers";

let data: PracticeData;
beforeAll(() => {
  data = generatePractice();
}, 60_000);

/** Appointments grouped by a key, each group sorted by start time. */
function groupBy(d: PracticeData, key: (row: CellValue[]) => string) {
  const appts = table(d, "Appointments");
  const groups = new Map<string, CellValue[][]>();
  for (const row of appts.rows) {
    const k = key(row);
    const list = groups.get(k) ?? [];
    list.push(row);
    groups.set(k, list);
  }
  for (const list of groups.values()) list.sort((a, b) => appts.num(a, "Start") - appts.num(b, "Start"));
  return groups;
}

function overlaps(d: PracticeData, group: readonly CellValue[][]): string[] {
  const appts = table(d, "Appointments");
  const found: string[] = [];
  for (let i = 1; i < group.length; i++) {
    const before = group[i - 1] ?? [];
    const after = group[i] ?? [];
    if (
      minutes(appts.value(before, "Start")) + appts.num(before, "Duration (min)") >
      minutes(appts.value(after, "Start"))
    ) {
      found.push(
        `${String(appts.value(before, "Appointment ID"))}/${String(appts.value(after, "Appointment ID"))}`,
      );
    }
  }
  return found;
}

describe("sample schedule", () => {
  it("covers the 12 months up to asOf (from April 1st for a mid-March asOf) and four weeks ahead", () => {
    const dates = table(data, "Appointments").column("Date").map(Number);
    // Default asOf is Monday 2026-03-16; history starts 2025-04-01 (serial 45748).
    expect(DEFAULT_AS_OF).toBe(serialFromYmd(2026, 3, 16));
    expect(Math.min(...dates)).toBeGreaterThanOrEqual(45748);
    expect(Math.min(...dates)).toBeLessThanOrEqual(45748 + 3);
    expect(Math.max(...dates)).toBeGreaterThan(DEFAULT_AS_OF + 20);
    expect(Math.max(...dates)).toBeLessThanOrEqual(DEFAULT_AS_OF + 28);
  });

  it("never double-books a provider or a room", () => {
    const appts = table(data, "Appointments");
    const byProvider = groupBy(
      data,
      (r) => `${String(appts.value(r, "Provider ID"))}|${String(appts.value(r, "Date"))}`,
    );
    expect([...byProvider.values()].flatMap((g) => overlaps(data, g))).toEqual([]);
    const byRoom = groupBy(
      data,
      (r) => `${String(appts.value(r, "Room"))}|${String(appts.value(r, "Date"))}`,
    );
    const physicalRooms = [...byRoom.entries()].filter(([k]) => !k.startsWith("Virtual|")).map(([, g]) => g);
    expect(physicalRooms.flatMap((g) => overlaps(data, g))).toEqual([]);
  });

  it("books providers only on their work days, within their hours, in 5-minute steps of 15-40 minutes", () => {
    const appts = table(data, "Appointments");
    const providers = table(data, "Providers");
    const hours = new Map(
      providers.rows.map((p) => [
        String(providers.value(p, "Provider ID")),
        {
          days: String(providers.value(p, "Work Days")).split(","),
          start: minutes(providers.value(p, "Day Start")),
          end: minutes(providers.value(p, "Day End")),
        },
      ]),
    );
    const outside = appts.rows.filter((r) => {
      const h = hours.get(String(appts.value(r, "Provider ID")));
      const start = minutes(appts.value(r, "Start"));
      const length = appts.num(r, "Duration (min)");
      return (
        h === undefined ||
        !h.days.includes(WEEKDAYS[weekdayOfSerial(appts.num(r, "Date"))] ?? "") ||
        start < h.start ||
        start + length > h.end ||
        start % 5 !== 0 ||
        length < 15 ||
        length > 40
      );
    });
    expect(outside.slice(0, 3)).toEqual([]);
  });

  it("books about 18-22 appointments a day per provider", () => {
    const appts = table(data, "Appointments");
    const past = groupBy(data, (r) =>
      appts.num(r, "Date") < DEFAULT_AS_OF
        ? `${String(appts.value(r, "Provider ID"))}|${String(appts.value(r, "Date"))}`
        : "future",
    );
    past.delete("future");
    const counts = [...past.values()].map((g) => g.length);
    const mean = counts.reduce((s, n) => s + n, 0) / counts.length;
    expect(mean).toBeGreaterThanOrEqual(18);
    expect(mean).toBeLessThanOrEqual(22);
    expect(Math.max(...counts)).toBeLessThanOrEqual(22);
  });

  it("has a realistic status mix: mostly completed, 5-8% no-shows, future visits still to come", () => {
    const appts = table(data, "Appointments");
    const past = appts.rows.filter((r) => appts.num(r, "Date") < DEFAULT_AS_OF);
    const future = appts.rows.filter((r) => appts.num(r, "Date") > DEFAULT_AS_OF);
    const share = (rows: CellValue[][], status: string) =>
      rows.filter((r) => appts.value(r, "Status") === status).length / rows.length;
    expect(share(past, "Completed")).toBeGreaterThan(0.75);
    expect(share(past, "No Show")).toBeGreaterThanOrEqual(0.05);
    expect(share(past, "No Show")).toBeLessThanOrEqual(0.08);
    for (const status of ["Canceled", "Late Cancel", "Rescheduled"])
      expect(share(past, status)).toBeGreaterThan(0);
    expect(new Set(past.map((r) => appts.value(r, "Status")))).toEqual(
      new Set(["Completed", "No Show", "Canceled", "Late Cancel", "Rescheduled"]),
    );
    expect(new Set(future.map((r) => appts.value(r, "Status")))).toEqual(
      new Set(["Scheduled", "Confirmed", "Canceled", "Rescheduled"]),
    );
    const types = new Set(appts.column("Type"));
    for (const type of ["New Patient", "Follow-up", "Annual Physical", "Procedure", "Telehealth"])
      expect(types.has(type)).toBe(true);
  });

  it("refers to patients by chart number only", () => {
    for (const name of ["Appointments", "Claims", "RecordsRequests"] as const) {
      const refs = table(data, name).column("Patient Ref");
      expect(refs.filter((r) => !/^MRN\d{6}$/.test(String(r)))).toEqual([]);
    }
  });

  it("gives every new patient a referral source, naming each campaign for some of them", () => {
    const appts = table(data, "Appointments");
    const campaigns = table(data, "Campaigns").column("Name").map(String);
    const newPatients = appts.rows.filter((r) => appts.value(r, "Type") === "New Patient");
    const sources = newPatients.map((r) => String(appts.value(r, "Referral Source")));
    const allowed = new Set([
      ...campaigns,
      "Word of mouth",
      "Physician referral",
      "Insurance directory",
      "Online search",
    ]);
    expect(sources.filter((s) => !allowed.has(s))).toEqual([]);
    expect(campaigns.filter((c) => !sources.includes(c))).toEqual([]);
    expect(sources.filter((s) => s === "Word of mouth").length).toBeGreaterThan(0);
    expect(sources.filter((s) => s === "Physician referral").length).toBeGreaterThan(0);
    const others = appts.rows.filter((r) => appts.value(r, "Type") !== "New Patient");
    expect(others.filter((r) => appts.value(r, "Referral Source") !== "")).toEqual([]);
  });
});
