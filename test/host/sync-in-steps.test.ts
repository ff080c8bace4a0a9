/**
 * A sync that pauses between its operations (the standalone app's host: ExcelHostOptions
 * .betweenOperations), so one sync of several large reads or writes lets the page run in between
 * (issue 12). In Excel a batch runs in another process and the page never waits on it; what an add-in
 * can observe must stay as in Excel: a sync's operations apply in order as one batch, its results
 * arrive when it resolves, and batches (and the user's typing) apply one at a time
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts: "the batch of
 * queued commands" is run when sync() is called).
 */
import { createExcelHost, type ExcelHost } from "../../src/host";

/** A pause that lets other work run (the next macrotask), counted. */
function countingPause() {
  let calls = 0;
  return {
    pause: () => {
      calls++;
      return new Promise<void>((resolve) => setImmediate(resolve));
    },
    calls: () => calls,
  };
}

async function fill(host: ExcelHost): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B3").values = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    await context.sync();
  });
}

/** Three reads and a write in one sync; returns what the add-in saw. */
async function readThree(host: ExcelHost) {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const a = sheet.getRange("A1:B1").load("values");
    sheet.getRange("C1").formulas = [["=SUM(A1:B3)"]];
    const b = sheet.getRange("A2:B2").load("values");
    const c = sheet.getRange("C1").load("values");
    await context.sync();
    return [a.values, b.values, c.values];
  });
}

describe("a sync that pauses between its operations", () => {
  it("reads and writes what the one-go sync does, pausing between operations and before each result is sized", async () => {
    const { pause, calls } = countingPause();
    const stepped = createExcelHost({ betweenOperations: pause });
    const oneGo = createExcelHost();
    await fill(stepped);
    await fill(oneGo);
    const before = calls();
    const seen = await readThree(stepped);
    expect(seen).toEqual(await readThree(oneGo));
    expect(seen).toEqual([[[1, 2]], [[3, 4]], [[21]]]);
    // At least a pause between the 4 operations (3) and one before sizing each of the 3 reads.
    expect(calls() - before).toBeGreaterThanOrEqual(6);
    expect(stepped.stats.totalResponseBytes).toBe(oneGo.stats.totalResponseBytes);
  });

  it("two runs whose syncs overlap take turns: each batch applies whole, in the order they synced", async () => {
    const { pause } = countingPause();
    const host = createExcelHost({ betweenOperations: pause });
    const writer = (value: number) =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        for (let r = 0; r < 5; r++) sheet.getRange(`A${r + 1}`).values = [[value]];
        const read = sheet.getRange("A1:A5").load("values");
        await context.sync();
        return (read.values as unknown[][]).flat();
      });
    const [first, second] = await Promise.all([writer(1), writer(2)]);
    // Each run read back its own five writes: the other batch never applied in the middle of it.
    expect(first).toEqual([1, 1, 1, 1, 1]);
    expect(second).toEqual([2, 2, 2, 2, 2]);
    expect(host.workbook.values("Sheet1", "A1:A5").flat()).toEqual([2, 2, 2, 2, 2]);
  });

  it("the user's typing during a paused sync applies after the batch, and is kept", async () => {
    let release: () => void = () => {};
    let paused = false;
    const host = createExcelHost({
      betweenOperations: () => {
        if (paused) return Promise.resolve();
        paused = true;
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    const batch = host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["from the add-in"]];
      sheet.getRange("B1").values = [["second write"]];
      await context.sync();
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(paused).toBe(true); // the batch is between its two writes
    let typed = false;
    const typing = host.edit("Sheet1", "A1", [["typed by the user"]]).then(() => (typed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(typed).toBe(false); // waits for the batch
    release();
    await Promise.all([batch, typing]);
    expect(host.workbook.values("Sheet1", "A1:B1")).toEqual([["typed by the user", "second write"]]);
  });

  it("a failing operation keeps the ones before it, fails the sync, and the next sync still runs", async () => {
    const { pause } = countingPause();
    const host = createExcelHost({ betweenOperations: pause });
    await expect(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["kept"]];
        context.workbook.worksheets.getItem("No such sheet").getRange("A1").values = [["x"]];
        sheet.getRange("A2").values = [["not applied"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(host.workbook.values("Sheet1", "A1:A2")).toEqual([["kept"], [""]]);
    await readThree(host); // its turn was given back
  });

  it("a response over the limit rolls the whole batch back and gives the turn back", async () => {
    const { pause } = countingPause();
    const host = createExcelHost({ betweenOperations: pause });
    const big = "x".repeat(30_000);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A100").values = Array.from({ length: 100 }, () => [big]);
      await context.sync();
      sheet.getRange("A101:A200").values = Array.from({ length: 100 }, () => [big]);
      await context.sync();
    });
    await expect(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("B1").values = [["rolled back"]];
        sheet.getRange("A1:A200").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(host.workbook.values("Sheet1", "B1")).toEqual([[""]]);
    await readThree(host);
  });
});
