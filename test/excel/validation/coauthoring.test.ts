/**
 * Two add-ins on one workbook (co-authoring), and the user typing in a cell while background work runs.
 * - Excel.TableChangedEventArgs.source: "Local" when the change came from this user, "Remote" from a
 *   co-author (learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs#excel-excel-tablechangedeventargs-source-member).
 *   Each add-in updates its findings; only the editing user's add-in writes marks.
 * - Excel.RunOptions.delayForCellEdit: without it a batch processed while the user is in cell edit
 *   "automatically fails"; with it, it waits (learn.microsoft.com/javascript/api/excel/excel.runoptions).
 */
import { ValidationController } from "../../../src/excel/validation";
import type { ExcelRunner } from "../../../src/excel/runner";
import { AS_OF, validPractice, toWorkbook } from "../../domain/rules/fixture";
import { hostWith, marksOf } from "./workbook";

/** A runner that counts the syncs of its runs. */
function counted(run: ExcelRunner): { run: ExcelRunner; syncs: () => number } {
  let syncs = 0;
  const wrapped: ExcelRunner = (batch, options) =>
    run(async (context) => {
      const sync = context.sync.bind(context);
      context.sync = <T>(value?: T) => {
        syncs++;
        return sync(value);
      };
      return batch(context);
    }, options);
  return { run: wrapped, syncs: () => syncs };
}

const brief = (controller: ValidationController) =>
  controller.getSnapshot().report?.findings.map((f) => `${f.table}#${f.rowIndex} ${f.header}`) ?? [];

async function twoAddins() {
  const host = await hostWith(toWorkbook(validPractice()));
  const mine = counted(host.run);
  const theirs = counted(host.session("co-author").run);
  const me = new ValidationController(mine.run);
  const coAuthor = new ValidationController(theirs.run);
  await me.validate({ asOf: AS_OF });
  await coAuthor.validate({ asOf: AS_OF });
  await host.settle();
  return { host, me, coAuthor, mine, theirs };
}

describe("co-authoring: two add-ins on one workbook", () => {
  it("my edit: both findings lists follow it, only my add-in writes the marks", async () => {
    const { host, me, coAuthor, mine, theirs } = await twoAddins();
    const [mineBefore, theirsBefore] = [mine.syncs(), theirs.syncs()];
    // Appointments C3 (A2's start) 9:30 -> 9:15 overlaps A1: a double booking.
    await host.edit("Appointments", "C3", [[0.385416667]], "Local");
    await host.settle();
    expect(brief(me)).toContain("Appointments#0 Start");
    expect(brief(coAuthor)).toEqual(brief(me));
    expect(coAuthor.getSnapshot().lastLive).toMatchObject({ table: "Appointments", read: "rows" });
    expect(marksOf(host)).toEqual(["Appointments!C2:C3 error #FFC7CE", "Appointments!H2:H3 error #FFC7CE"]);
    // The co-author's add-in read the edited row (one sync) and wrote nothing.
    expect(theirs.syncs() - theirsBefore).toBe(1);
    expect(mine.syncs() - mineBefore).toBeGreaterThan(1);
  });

  it("the co-author's edit: their add-in marks, mine only updates its list", async () => {
    const { host, me, coAuthor, mine } = await twoAddins();
    const mineBefore = mine.syncs();
    await host.session("co-author").edit("Appointments", "C3", [[0.385416667]], "Local");
    await host.settle();
    expect(brief(me)).toContain("Appointments#0 Start");
    expect(brief(coAuthor)).toEqual(brief(me));
    expect(marksOf(host)).toEqual(["Appointments!C2:C3 error #FFC7CE", "Appointments!H2:H3 error #FFC7CE"]);
    expect(mine.syncs() - mineBefore).toBe(1);
  });
});

describe("background runs while the user types in a cell (delayForCellEdit)", () => {
  it("the host fails a normal batch in cell edit mode and delays a background one until the edit ends", async () => {
    const host = await hostWith(toWorkbook(validPractice()));
    host.startCellEdit();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Budget").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const delayed = host
      .run(
        async (context) => {
          const range = context.workbook.worksheets.getItem("Budget").getRange("A1");
          range.load("values");
          await context.sync();
          return range.values;
        },
        { delayForCellEdit: true },
      )
      .then((values) => {
        done = true;
        return values;
      });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    host.endCellEdit();
    expect(await delayed).toEqual([["Account"]]);
  });

  it("live validation of a co-author's edit waits for my cell edit instead of failing", async () => {
    const { host, me } = await twoAddins();
    host.startCellEdit(); // I am typing in a cell
    const edit = host.session("co-author").edit("Appointments", "C3", [[0.385416667]], "Local");
    await new Promise((resolve) => setTimeout(resolve, 20));
    host.endCellEdit();
    await edit;
    await host.settle();
    expect(me.getSnapshot().error).toBeNull();
    expect(brief(me)).toContain("Appointments#0 Start");
  });
});
