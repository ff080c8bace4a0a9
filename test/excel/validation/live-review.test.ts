/**
 * Live validation against the host's events: edits made while Validate runs, rows deleted, a fix made on
 * either side of a double booking, a missing table, and the add-in's own writes.
 */
import { ValidationController } from "../../../src/excel/validation";
import type { ExcelRunner } from "../../../src/excel/runner";
import type { ExcelHost } from "../../../src/host";
import { AS_OF, practiceWith, t, toWorkbook, validPractice } from "../../domain/rules/fixture";
import { hostWith, marksOf } from "./workbook";

const brief = (controller: ValidationController) =>
  controller.getSnapshot().report?.findings.map((f) => `${f.table}#${f.rowIndex} ${f.header} ${f.ruleId}`);

/** Runs `afterFirstSync` once, right after the first sync of the next runner call (the user typing). */
function runnerWithPause(host: ExcelHost, afterFirstSync: () => void): ExcelRunner {
  let pending: (() => void) | null = afterFirstSync;
  return (batch) =>
    host.run((context) => {
      const sync = context.sync.bind(context);
      context.sync = async <T>(value?: T): Promise<T> => {
        const result = await sync(value);
        const act = pending;
        pending = null;
        act?.();
        return result;
      };
      return batch(context);
    });
}

describe("live validation, reviewed against the host's events", () => {
  it("follows an edit made while Validate runs, after the table was read", async () => {
    // Budget: A Account, B Category, C Month, D Amount; rows 2-3.
    const host = await hostWith(toWorkbook(validPractice()));
    const typing: { edit?: Promise<void> } = {};
    const controller = new ValidationController(
      runnerWithPause(host, () => {
        typing.edit = host.edit("Budget", "D3", [[-5]], "Local");
      }),
    );
    const report = await controller.validate({ asOf: AS_OF });
    expect(report.findings).toEqual([]); // Validate read the table before the edit
    expect(typing.edit).toBeDefined();
    await typing.edit;
    await host.settle();
    expect(brief(controller)).toEqual(["Budget#1 Amount cell.min"]);
    expect(marksOf(host)).toEqual(["Budget!D3 error #FFC7CE"]);
  });

  it("the user's fix on either appointment of a double booking clears the marks on both", async () => {
    // Appointments: C Start, H Room. A1 (row 2) 9:00-9:30, A2 (row 3) 9:30-10:00, same provider and room.
    const host = await hostWith(toWorkbook(validPractice()));
    const controller = new ValidationController(host.run);
    await controller.validate({ asOf: AS_OF });
    await host.edit("Appointments", "C3", [[t("9:15")]], "Local");
    expect(marksOf(host)).toEqual(["Appointments!C2:C3 error #FFC7CE", "Appointments!H2:H3 error #FFC7CE"]);

    // Moving A1 (not the row edited last) to 8:00 ends the overlap: A2's findings go as well.
    await host.edit("Appointments", "C2", [[t("8:00")]], "Local");
    expect(brief(controller)).toEqual([]);
    expect(marksOf(host)).toEqual([]);
    expect(controller.getSnapshot().lastLive).toMatchObject({ read: "rows", rowsRechecked: 2 });
  });

  it("deleting a row re-reads the table: a duplicate's deletion clears both marks, later marks move up", async () => {
    const practice = practiceWith("Budget", 1, { Amount: -5 }); // row 3
    practice.Vendors.push({ "Vendor ID": "V1", Name: "Acme again" }); // rows 2 and 3 share V1
    const host = await hostWith(toWorkbook(practice));
    const controller = new ValidationController(host.run);
    await controller.validate({ asOf: AS_OF });
    expect(marksOf(host)).toEqual(["Budget!D3 error #FFC7CE", "Vendors!A2:A3 error #FFC7CE"]);

    await host.run(async (context) => {
      context.workbook.tables.getItem("Vendors").rows.getItemAt(1).delete();
      context.workbook.tables.getItem("Budget").rows.getItemAt(0).delete();
      await context.sync();
    });
    await host.settle();
    expect(brief(controller)).toEqual(["Budget#0 Amount cell.min"]);
    expect(controller.getSnapshot().lastLive).toMatchObject({ table: "Budget", read: "table" });
    expect(marksOf(host)).toEqual(["Budget!D2 error #FFC7CE"]);
  });

  it("Validate also clears marks a table left behind when it shrank while live validation was off", async () => {
    const host = await hostWith(toWorkbook(practiceWith("Budget", 1, { Amount: -5 })));
    const controller = new ValidationController(host.run);
    await controller.validate({ asOf: AS_OF });
    await controller.setLive(false);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Budget").rows.getItemAt(1).delete(); // the marked row
      await context.sync();
    });
    await host.settle();
    await controller.validate({ asOf: AS_OF });
    expect(brief(controller)).toEqual([]);
    expect(marksOf(host)).toEqual([]);
  });

  it("registers one handler, and its own marks and clears never trigger a re-check", async () => {
    const host = await hostWith(toWorkbook(practiceWith("Budget", 0, { Amount: -5 })));
    const controller = new ValidationController(host.run);
    const handled = jest.spyOn(controller, "onTableChanged");
    await controller.validate({ asOf: AS_OF });
    await controller.validate({ asOf: AS_OF });
    await host.settle();
    expect(host.handlerCount).toBe(1);
    expect(handled).not.toHaveBeenCalled();

    // A co-author's edit is handled once; the marks that edit rewrites do not come back as changes.
    await host.edit("Budget", "D2", [[500]], "Local");
    await host.edit("Budget", "D3", [[-1]], "Local");
    await host.settle();
    expect(handled).toHaveBeenCalledTimes(2);
    expect(marksOf(host)).toEqual(["Budget!D3 error #FFC7CE"]);
    await controller.clearMarks();
    await host.settle();
    expect(handled).toHaveBeenCalledTimes(2);
  });

  it("after a Validate that failed midway, the next one's handler is the only one that acts", async () => {
    const host = await hostWith(toWorkbook(validPractice()));
    await host.edit("Budget", "D2", [[-5]]); // a mark to write: sync 1 reads (and registers), sync 2 marks
    const controller = new ValidationController(host.run);
    host.failSync(2, { code: "GeneralException", message: "Lost connection" });
    await expect(controller.validate({ asOf: AS_OF })).rejects.toMatchObject({ code: "GeneralException" });
    await controller.validate({ asOf: AS_OF });
    expect(host.handlerCount).toBe(2); // the failed run's registration stayed
    const handled = jest.spyOn(controller, "onTableChanged");
    await host.edit("Budget", "D2", [[1000]], "Local");
    expect(handled).toHaveBeenCalledTimes(1);
    expect(brief(controller)).toEqual([]);
    expect(marksOf(host)).toEqual([]);
  });

  it("with catalog tables missing, marks the present ones once and follows their edits", async () => {
    const { Budget: _b, Expenses: _e, ...rest } = toWorkbook(practiceWith("Vendors", 0, { Email: "nope" }));
    const host = await hostWith(rest);
    const controller = new ValidationController(host.run);
    const report = await controller.validate({ asOf: AS_OF });
    expect(report.missing).toEqual(["Budget", "Expenses"]);
    await controller.validate({ asOf: AS_OF });
    expect(marksOf(host)).toEqual(["Vendors!D2 error #FFC7CE"]); // Email is column D
    await host.edit("Vendors", "D2", [["orders@acme.example.org"]], "Local");
    expect(brief(controller)).toEqual([]);
    expect(marksOf(host)).toEqual([]);
  });
});
