import { validateWorkbook, type Finding } from "../../../src/domain/rules";
import { AS_OF, brief, d, practiceWith, t, toWorkbook, validPractice, type Practice } from "./fixture";

const run = (practice: Practice): Finding[] => validateWorkbook(toWorkbook(practice), { asOf: AS_OF });

// In the valid practice, P001 is away 2026-03-03 13:00 to 2026-03-04 0:00; 2026-05-25 is a holiday.
describe("front desk rules", () => {
  it("warns about a booked appointment inside its provider's time off, also time off across midnight", () => {
    const p = validPractice();
    p.TimeOff.push({
      "Provider ID": "p001",
      From: d("2026-03-02") + t("9:15"),
      To: "2026-03-03 08:00",
      Reason: "Surgery",
    });
    // A1 (9:00-9:30) and A2 (9:30-10:00) fall in it; once A2 is canceled it holds no slot.
    p.Appointments[1] = { ...p.Appointments[1], Status: "Canceled" };
    const findings = run(p);
    // The To typed as text also gets the one reader's text-value warning (issue 11).
    expect(brief(findings)).toEqual([
      "Appointments#0 Start schedule.time-off warning",
      "TimeOff#1 To cell.text-value warning",
    ]);
    expect(findings[0]?.message).toBe(
      "Provider P001 is away from 2026-03-02 9:15 AM to 2026-03-03 8:00 AM (Surgery): move or cancel this appointment",
    );
  });

  it("warns about an appointment on a practice holiday", () => {
    const findings = run(practiceWith("Appointments", 0, { Date: d("2026-05-25") }));
    expect(brief(findings).filter((f) => f.includes("time-off"))).toEqual([
      "Appointments#0 Date schedule.time-off warning",
    ]);
    expect(findings.find((f) => f.ruleId === "schedule.time-off")?.message).toBe(
      "2026-05-25 is a practice holiday (Memorial Day): move or cancel this appointment",
    );
    const canceled = run(practiceWith("Appointments", 0, { Date: d("2026-05-25"), Status: "Canceled" }));
    expect(canceled.filter((f) => f.ruleId === "schedule.time-off")).toEqual([]);
  });

  it("checks that check-in, roomed and check-out times are in order", () => {
    const ok = run(
      practiceWith("Appointments", 0, {
        "Checked In": t("8:55"),
        Roomed: t("9:05"),
        "Checked Out": t("9:40"),
      }),
    );
    expect(ok).toEqual([]);
    const roomedFirst = run(practiceWith("Appointments", 0, { "Checked In": t("9:10"), Roomed: t("9:05") }));
    expect(brief(roomedFirst)).toEqual(["Appointments#0 Roomed schedule.visit-times error"]);
    expect(roomedFirst[0]?.message).toBe("Roomed 9:05 AM is before Checked In 9:10 AM");
    // Without Roomed, Checked Out is compared with Checked In.
    const outFirst = run(practiceWith("Appointments", 0, { "Checked In": t("9:10"), "Checked Out": "9:00" }));
    expect(brief(outFirst)).toEqual([
      "Appointments#0 Checked Out schedule.visit-times error",
      "Appointments#0 Checked Out cell.text-value warning", // "9:00" typed as text
    ]);
  });
});
