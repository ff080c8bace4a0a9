import * as pm from "../../src/functions/functions";
import { firstResult, streamCell } from "./stream-cell";
import { exampleWorkbook, settle } from "./workbook-host";

type Fn = (...args: unknown[]) => unknown;
const nextSlots = pm.nextSlots as unknown as Fn;
const MON = 46097; // 2026-03-16
const at = (h: number, m: number) => (h * 60 + m) / 1440;

describe("PM.NEXTSLOTS over the live schedule tables", () => {
  it("follows a booking: the slot just booked is no longer offered", async () => {
    const { host } = await exampleWorkbook();
    const cell = streamCell(nextSlots, "P001", 30, "2026-03-16", 2);
    await settle(host);
    expect(cell.latest).toEqual([
      ["Date", "Start", "Provider"],
      [MON, at(8, 30), "P001"],
      [MON, at(9, 0), "P001"],
    ]);
    // The canceled 8:30 visit (Appointments row 3 = sheet row 3, Status in column G) is rebooked.
    const next = cell.next();
    await host.edit("Appointments", "G3", [["Confirmed"]]);
    expect(await next).toEqual([
      ["Date", "Start", "Provider"],
      [MON, at(11, 0), "P001"],
      [MON, at(11, 30), "P001"],
    ]);
    cell.cancel();
  });

  it("blank provider means any active provider; from may carry a time", async () => {
    const { host } = await exampleWorkbook();
    const result = await firstResult(nextSlots, "", 60, "2026-03-16 10:40", 2);
    expect(result).toEqual([
      ["Date", "Start", "Provider"],
      [MON, at(11, 0), "P001"],
      [MON + 2, at(8, 0), "P001"], // Tuesday is a holiday
    ]);
    await settle(host);
  });

  it("says what is wrong: unknown provider and no slot are #N/A, a bad length is #VALUE!", async () => {
    await exampleWorkbook();
    expect(await firstResult(nextSlots, "P999", 30, null, null)).toMatchObject({
      code: "#N/A",
      message: 'PM.NEXTSLOTS: provider "P999" is not in the Providers table',
    });
    expect(await firstResult(nextSlots, "P001", 300, "2026-03-16", null)).toMatchObject({
      code: "#N/A",
      message: "PM.NEXTSLOTS: no free slot in the next 366 days",
    });
    expect(await firstResult(nextSlots, "P001", 0, null, null)).toMatchObject({ code: "#VALUE!" });
    expect(await firstResult(nextSlots, "P001", 30, "next week", null)).toMatchObject({ code: "#VALUE!" });
  });

  it("needs Providers and Appointments; TimeOff and Holidays may be missing", async () => {
    await exampleWorkbook(["Providers"]);
    expect(await firstResult(nextSlots, "P001", 30, "2026-03-16", null)).toMatchObject({
      code: "#N/A",
      message: "Appointments table not found - run Set up workbook",
    });
    await exampleWorkbook(["Providers", "Appointments"]);
    const result = (await firstResult(nextSlots, "P001", 30, "2026-03-17", 1)) as unknown[][];
    expect(result[1]).toEqual([MON + 1, at(8, 0), "P001"]); // no Holidays table: Tuesday is open
  });
});
