import { BookingConflict } from "../../../src/domain/front-desk";
import {
  bookAppointment,
  loadProviders,
  ScheduleNotSetUp,
  searchSlots,
} from "../../../src/excel/front-desk/schedule";
import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows, readTables } from "../../../src/excel/table-io";
import { validateWorkbook } from "../../../src/excel/validation";
import { createExcelHost, type ExcelHost } from "../../../src/host";

const MON = 46097; // 2026-03-16

async function practice(): Promise<ExcelHost> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  await host.run(async (context) => {
    await appendRows(context, "Providers", [
      {
        "Provider ID": "P001",
        Name: "Dr. Ada Park",
        "Work Days": "Mon-Fri",
        "Day Start": 8 / 24,
        "Day End": 12 / 24,
        Active: "Yes",
      },
      {
        "Provider ID": "P002",
        Name: "Dr. Ben Cole",
        "Work Days": "Mon-Fri",
        "Day Start": 9 / 24,
        "Day End": 17 / 24,
        Active: "No",
      },
    ]);
    await appendRows(context, "Appointments", [
      {
        "Appointment ID": "A000041",
        Date: MON,
        Start: 8 / 24,
        "Duration (min)": 30,
        "Provider ID": "P001",
        "Patient Ref": "MRN1",
        Status: "Confirmed",
      },
    ]);
    await appendRows(context, "TimeOff", [
      { "Provider ID": "P001", From: MON + 9 / 24, To: MON + 1 + 10 / 24, Reason: "Course" },
    ]);
  });
  return host;
}

async function appointments(host: ExcelHost) {
  return host.run(async (context) => {
    const table = (await readTables(context, ["Appointments"] as const)).get("Appointments");
    if (!table) throw new Error("no Appointments");
    return table;
  });
}

describe("finding a slot and booking it in the workbook", () => {
  test("finds the free slots, books the first, and the row is a Scheduled appointment with the next ID", async () => {
    const host = await practice();
    expect(await loadProviders(host.run)).toEqual([{ id: "P001", name: "Dr. Ada Park" }]);
    const search = await searchSlots(host.run, { providerId: null, minutes: 30, from: MON, count: 3 });
    // 8:00 is booked, 9:00 Monday to 10:00 Tuesday is time off; P002 is not active.
    expect(search.slots.map((s) => [s.date - MON, s.start, s.providerId])).toEqual([
      [0, 510, "P001"],
      [1, 600, "P001"],
      [1, 630, "P001"],
    ]);
    host.resetStats();
    const booked = await bookAppointment(host.run, {
      providerId: "P001",
      date: MON,
      start: 510,
      minutes: 30,
      patientRef: " 00123 ",
      type: "Follow-up",
      room: "Exam 1",
      notes: '=HYPERLINK("http://x")',
    });
    expect(booked.appointmentId).toBe("A000042");
    expect(booked.address).toMatch(/^Appointments!A3:[A-Z]+3$/); // row 3: under A000041
    expect(host.stats.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
    const table = await appointments(host);
    expect(table.rowCount).toBe(2);
    const row = table.typed()[1];
    expect(row).toMatchObject({
      appointmentId: "A000042",
      date: MON,
      start: 510 / 1440,
      durationMin: 30,
      providerId: "P001",
      patientRef: "00123",
      type: "Follow-up",
      room: "Exam 1",
      status: "Scheduled",
      notes: '=HYPERLINK("http://x")',
    });
    // Text from the form stays text: the notes are not a formula and the chart number keeps its zeros.
    const notes = host.workbook.cellAt("Appointments", table.cellAddress(1, "Notes")?.split("!")[1] ?? "");
    expect(notes.formula).toBeNull();
    expect(notes.value).toBe('=HYPERLINK("http://x")');
    expect(table.value(1, "Patient Ref")).toBe("00123");

    // The slot is gone from the next search, and validation finds nothing wrong with the new row.
    const again = await searchSlots(host.run, { providerId: "P001", minutes: 30, from: MON, count: 1 });
    expect(again.slots.map((s) => [s.date - MON, s.start])).toEqual([[1, 600]]);
    const { report } = await validateWorkbook(host.run, { asOf: MON });
    expect(report.findings.filter((f) => f.table === "Appointments")).toEqual([]);
  });

  test("never double-books: a slot taken since the search is refused and nothing is written", async () => {
    const host = await practice();
    const request = {
      providerId: "P001",
      date: MON,
      start: 480,
      minutes: 30,
      patientRef: "MRN9",
      type: null,
      room: null,
      notes: null,
    };
    const before = host.snapshot();
    await expect(bookAppointment(host.run, request)).rejects.toThrow(BookingConflict);
    await expect(bookAppointment(host.run, { ...request, start: 9 * 60 + 30 })).rejects.toThrow(
      /booked or away/,
    );
    await expect(bookAppointment(host.run, { ...request, start: 11 * 60 + 45 })).rejects.toThrow(
      /outside provider P001's hours/,
    );
    await expect(bookAppointment(host.run, { ...request, providerId: "P002", start: 600 })).rejects.toThrow(
      /not active/,
    );
    await expect(bookAppointment(host.run, { ...request, start: 510, patientRef: "  " })).rejects.toThrow(
      /Patient Ref is required/,
    );
    expect(host.snapshot()).toBe(before);
  });

  test("a workbook without the schedule tables says to run Set up", async () => {
    const host = createExcelHost();
    await expect(
      searchSlots(host.run, { providerId: null, minutes: 15, from: MON, count: 1 }),
    ).rejects.toThrow(ScheduleNotSetUp);
    expect(await loadProviders(host.run)).toEqual([]);
  });
});
