import { bookAppointment } from "../../../src/excel/front-desk/schedule";
import { ValidationController } from "../../../src/excel/validation";
import { AS_OF, d, t, toWorkbook, validPractice } from "../../domain/rules/fixture";
import { hostWith } from "../validation/workbook";

describe("a booking and live validation", () => {
  test("the new row is checked like any edit, and later changes to TimeOff re-check it", async () => {
    const host = await hostWith(toWorkbook(validPractice()));
    const controller = new ValidationController(host.run);
    await controller.validate({ asOf: AS_OF });
    await host.settle();
    const rowsBefore = validPractice().Appointments.length;

    // P001 works Mon-Fri 8:00-17:00; A1 and A2 fill 9:00-10:00 on Monday 2026-03-02.
    const booked = await bookAppointment(host.run, {
      providerId: "P001",
      date: d("2026-03-02"),
      start: 10 * 60,
      minutes: 30,
      patientRef: "MRN77",
      type: "Follow-up",
      room: "1",
      notes: null,
    });
    await host.settle();
    expect(controller.getSnapshot().lastLive).toMatchObject({ table: "Appointments" });
    expect(controller.getSnapshot().report?.findings).toEqual([]);

    // A co-author enters time off from 10:00 that day: live validation flags the new appointment.
    await host.edit("Time Off", "B2", [[d("2026-03-02") + t("10:00")]], "Remote");
    await host.settle();
    const findings = controller.getSnapshot().report?.findings ?? [];
    expect(findings.map((f) => `${f.table}#${f.rowIndex} ${f.ruleId}`)).toContain(
      `Appointments#${rowsBefore} schedule.time-off`,
    );
    expect(booked.appointmentId).toBe("A4");
  });
});
