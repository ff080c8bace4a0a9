import { closeDay, reviewDay } from "../../../src/excel/front-desk/close-day";
import { readTables } from "../../../src/excel/table-io";
import { deskDay as practice, MON } from "./desk-day";

const at = (h: number) => h / 24;

describe("Close the day", () => {
  test("expected money per method: desk copays plus patient payments of that day (ERA and other days left out)", async () => {
    const host = await practice();
    const review = await reviewDay(host.run, MON);
    expect(review.expected).toEqual([
      { method: "Check", copays: 0, patientPayments: 100, expected: 100 },
      { method: "Card", copays: 25, patientPayments: 0, expected: 25 },
      { method: "Cash", copays: 20, patientPayments: 50, expected: 70 },
    ]);
    expect(review.exceptions.map((e) => `${e.appointmentId} ${e.kind}`)).toEqual([
      "A2 no-claim",
      "A2 copay-not-collected",
      "A3 copay-not-collected",
      "A3 still-open",
      "A4 still-open",
    ]);
    expect(review.exceptions[1]?.message).toBe("A2 (MRN2, P001): copay due $30.00, collected $25.00");
    expect(review.closedBefore).toEqual({});
  });

  test("writes one DailyClose row per method with Excel's Variance; closing again updates them", async () => {
    const host = await practice();
    const first = await closeDay(host.run, MON, { Cash: 65, Card: 25, Check: 100 }, "Jo", MON + at(17.5));
    expect(first).toMatchObject({ added: 3, updated: 0 });
    const read = () =>
      host.run(
        async (context) =>
          (await readTables(context, ["DailyClose"] as const)).get("DailyClose")?.typed() ?? [],
      );
    const rows = await read();
    expect(rows.map((r) => [r.method, r.expected, r.counted, r.variance, r.closedBy])).toEqual([
      ["Check", 100, 100, 0, "Jo"],
      ["Card", 25, 25, 0, "Jo"],
      ["Cash", 70, 65, -5, "Jo"],
    ]);
    expect(rows[0]?.closedAt).toBeCloseTo(MON + at(17.5), 9);

    // The missing $5 is found: counted again, the rows are updated, not duplicated.
    const again = await closeDay(host.run, MON, { Cash: 70, Card: 25, Check: 100 }, "Jo", MON + at(18));
    expect(again).toMatchObject({ added: 0, updated: 3 });
    expect((await read()).map((r) => [r.method, r.variance])).toEqual([
      ["Check", 0],
      ["Card", 0],
      ["Cash", 0],
    ]);
    expect((await reviewDay(host.run, MON)).closedBefore).toEqual({ Check: 100, Card: 25, Cash: 70 });
  });
});
