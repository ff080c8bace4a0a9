import { ValidationController } from "../../../src/excel/validation";
import { AS_OF, practiceWith, t, toWorkbook, validPractice } from "../../domain/rules/fixture";
import { hostWith, marksOf } from "./workbook";

// Appointments: A Appointment ID, B Date, C Start, D Duration, E Provider ID, ..., H Room, I Status.
// Rows 2-4: A1 9:00-9:30 (P001, room 1), A2 9:30-10:00 (P001, room 1), A3 (P002, room 2).

async function liveHost() {
  const host = await hostWith(toWorkbook(validPractice()));
  const controller = new ValidationController(host.run);
  await controller.validate({ asOf: AS_OF });
  await host.settle();
  expect(controller.getSnapshot().live).toBe(true);
  expect(controller.getSnapshot().lastLive).toBeNull(); // writing marks changed no data: nothing to re-check
  host.resetStats();
  return { host, controller };
}

const brief = (controller: ValidationController) =>
  controller.getSnapshot().report?.findings.map((f) => `${f.table}#${f.rowIndex} ${f.header} ${f.ruleId}`);

describe("live validation", () => {
  it("ignores the add-in's own writes: marking and clearing change no data, so nothing is re-checked", async () => {
    const host = await hostWith(toWorkbook(practiceWith("Budget", 0, { Amount: -5 })));
    const controller = new ValidationController(host.run);
    await controller.validate({ asOf: AS_OF });
    expect(marksOf(host)).toEqual(["Budget!D2 error #FFC7CE"]);
    await controller.clearMarks();
    await host.settle();
    expect(controller.getSnapshot().lastLive).toBeNull();
  });

  it("re-checks the user's edit and the appointment it now overlaps, reading only the changed row", async () => {
    const { host, controller } = await liveHost();
    await host.edit("Appointments", "C3", [[t("9:15")]], "Local");
    expect(brief(controller)).toEqual([
      "Appointments#0 Start schedule.provider-double-booked",
      "Appointments#0 Room schedule.room-double-booked",
      "Appointments#1 Start schedule.provider-double-booked",
      "Appointments#1 Room schedule.room-double-booked",
    ]);
    expect(marksOf(host)).toEqual(["Appointments!C2:C3 error #FFC7CE", "Appointments!H2:H3 error #FFC7CE"]);
    const live = controller.getSnapshot().lastLive;
    expect(live).toMatchObject({ table: "Appointments", read: "rows", rowsRechecked: 2 });
    // One sync to read the edited row, then the marks; nothing like re-reading the workbook.
    expect(host.stats.syncs).toBeLessThanOrEqual(5);
    expect(host.stats.totalResponseBytes).toBeLessThan(2_000);
  });

  it("removes the marks once the user fixes the cell", async () => {
    const { host, controller } = await liveHost();
    await host.edit("Appointments", "C3", [[t("9:15")]], "Local");
    await host.edit("Appointments", "C3", [[t("9:30")]], "Local");
    expect(brief(controller)).toEqual([]);
    expect(marksOf(host)).toEqual([]);
  });

  it("re-checks the claim when one of its lines changes", async () => {
    const { host, controller } = await liveHost();
    // Claim Lines: G is Charge; row 3 is C1's second line (50 -> 45).
    await host.edit("Claim Lines", "G3", [[45]], "Local");
    expect(brief(controller)).toEqual(["Claims#0 Total Charge claims.lines-total"]);
    expect(marksOf(host)).toEqual(["Claims!G2 error #FFC7CE"]);
  });

  it("checks only the rows appended to a table (and the rows they clash with), and ignores edits once live validation is off", async () => {
    const { host, controller } = await liveHost();
    await host.run(async (context) => {
      context.workbook.tables
        .getItem("Vendors")
        .rows.add(undefined, [["V1", "Duplicate vendor", "", "", "", ""]]);
      await context.sync();
    });
    await host.settle();
    expect(brief(controller)).toEqual(["Vendors#0 Vendor ID key.unique", "Vendors#1 Vendor ID key.unique"]);
    expect(controller.getSnapshot().lastLive).toMatchObject({
      table: "Vendors",
      read: "rows",
    });
    expect(marksOf(host)).toEqual(["Vendors!A2:A3 error #FFC7CE"]);

    await controller.setLive(false);
    await host.edit("Vendors", "A3", [["V2"]], "Local");
    expect(brief(controller)).toEqual(["Vendors#0 Vendor ID key.unique", "Vendors#1 Vendor ID key.unique"]);
    expect(marksOf(host)).toEqual(["Vendors!A2:A3 error #FFC7CE"]);
    // Turning it back on catches up with what changed meanwhile.
    await controller.setLive(true);
    expect(brief(controller)).toEqual([]);
    expect(marksOf(host)).toEqual([]);
    await host.edit("Vendors", "A3", [["V1"]], "Local");
    expect(brief(controller)).toEqual(["Vendors#0 Vendor ID key.unique", "Vendors#1 Vendor ID key.unique"]);
  });
});
