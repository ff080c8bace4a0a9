import { validateFromRibbon, validationController } from "../../../src/excel/validation";
import { fakeTodayAsOf, practiceWith, toWorkbook } from "../../domain/rules/fixture";
import { hostWith, marksOf } from "./workbook";

beforeAll(() => fakeTodayAsOf()); // the ribbon validates as of today
afterAll(() => jest.useRealTimers());

describe("Validate from the ribbon", () => {
  it("validates through the controller the pane shows, and sums up what it found", async () => {
    // Claims: Paid 130 > Allowed 120 is an error whatever the date.
    const host = await hostWith(
      toWorkbook(practiceWith("Claims", 0, { Paid: 130, Adjustment: 0, Balance: 20 })),
    );
    const outcome = await validateFromRibbon(host.run);
    expect(outcome.notice).toEqual({
      intent: "warning",
      title: "Validation",
      message:
        "1 error and 0 warnings in Claims. The problem cells are marked; the list is under Validation.",
    });
    const snapshot = validationController(host.run, "office").getSnapshot();
    expect(snapshot.report?.findings.filter((f) => f.severity === "error").map((f) => f.header)).toEqual([
      "Paid",
    ]);
    expect(snapshot.live).toBe(true);
    expect(marksOf(host).filter((m) => m.includes("error"))).toEqual(["Claims!K2 error #FFC7CE"]);
  });
});
