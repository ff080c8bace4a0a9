import * as pm from "../../src/functions/functions";
import { firstResult, streamCell } from "./stream-cell";
import { addTable, exampleWorkbook, settle } from "./workbook-host";

type Fn = (...args: unknown[]) => unknown;
const credStatus = pm.credStatus as unknown as Fn;
interface ExcelError {
  readonly code: string;
  readonly message: string;
}

// The example Credentials table (src/functions/examples.ts): P001's State License runs 2024-07-01 to
// 2026-06-30; row 2 of the table is sheet row 2, Expires On is column E.
describe("PM.CREDSTATUS", () => {
  it("counts 90 days to the last valid day: Active on 2026-03-31 (91 days), Expiring on 2026-04-01 (90)", async () => {
    await exampleWorkbook();
    expect(await firstResult(credStatus, "P001", "State License", "2026-03-31")).toBe("Active");
    expect(await firstResult(credStatus, "p001", "state license", "2026-04-01")).toBe("Expiring");
    expect(await firstResult(credStatus, "P001", "State License", "2026-06-30")).toBe("Expiring");
    expect(await firstResult(credStatus, "P001", "State License", "2026-07-01")).toBe("Expired");
    expect(await firstResult(credStatus, "P001", "State License", "2024-06-30")).toBe("Missing");
  });

  it("follows edits to the Credentials table: a renewal entered turns Expiring into Active", async () => {
    const { host } = await exampleWorkbook();
    const cell = streamCell(credStatus, "P001", "State License", "2026-05-01");
    expect(await cell.next()).toBe("Expiring");
    const next = cell.next();
    await host.edit("Credentials", "E2", [["2028-06-30"]], "Remote");
    expect(await next).toBe("Active");
    cell.cancel();
  });

  it("is #VALUE! for an unknown type and for a row whose date cannot be read; #N/A without the table", async () => {
    const { host } = await exampleWorkbook();
    const typo = (await firstResult(credStatus, "P001", "Licence", "2026-04-15")) as ExcelError;
    expect(typo.code).toBe("#VALUE!");
    expect(typo.message).toMatch(
      /^PM\.CREDSTATUS: type "Licence" is not a credential type \(State License, DEA, /,
    );
    await host.edit("Credentials", "E2", [["end of June"]]);
    await settle(host);
    const unreadable = (await firstResult(credStatus, "P001", "State License", "2026-04-15")) as ExcelError;
    expect(unreadable.code).toBe("#VALUE!");
    expect(unreadable.message).toMatch(
      /^PM\.CREDSTATUS: Credentials .*E2: Expires On "end of June" is not a date/,
    );
    // Other people's and other types' rows still answer.
    expect(await firstResult(credStatus, "P001", "DEA", "2026-04-15")).toBe("Active");

    const empty = await exampleWorkbook(["Budget"]);
    const cell = streamCell(credStatus, "P001", "DEA", "2026-04-15");
    expect(await cell.next()).toMatchObject({
      code: "#N/A",
      message: "Credentials table not found - run Set up workbook",
    });
    const next = cell.next();
    await addTable(empty.host, "Credentials", [
      ["Person ID", "Type", "Expires On"],
      ["P001", "DEA", "2027-01-31"],
    ]);
    expect(await next).toBe("Active");
    cell.cancel();
  });
});
