import { withCode } from "./with-code";
import { createExcelHost } from "../../src/host";

describe("syncs, payload limits, failures", () => {
  test("counts syncs and request / response bytes", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["hello", 1]];
      await context.sync();
      range.load("values");
      await context.sync();
    });
    expect(host.stats.syncs).toBe(2);
    const [write, read] = host.stats.requests;
    // the written values travel in the request: at least the JSON of [["hello",1]]
    expect(write?.requestBytes).toBeGreaterThanOrEqual(JSON.stringify([["hello", 1]]).length);
    expect(read?.responseBytes).toBeGreaterThanOrEqual(JSON.stringify([["hello", 1]]).length);
    host.resetStats();
    expect(host.stats.syncs).toBe(0);
  });

  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const host = createExcelHost();
    const rows = 60_000;
    const big = Array.from({ length: rows }, () => ["x".repeat(100)]); // ~6.2 MB of JSON
    await expect(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("B1").values = [["also not applied"]];
        sheet.getRange(`A1:A${rows}`).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.workbook.cell("Sheet1", 0, 1).value).toBe("");
    expect(host.workbook.usedRange("Sheet1")).toBeUndefined();
  });

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded and applies nothing of that batch", async () => {
    const host = createExcelHost();
    const rows = 30_000;
    for (let start = 0; start < rows; start += 10_000) {
      await host.run(async (context) => {
        const chunk = Array.from({ length: 10_000 }, () => ["y".repeat(200)]);
        context.workbook.worksheets.getItem("Sheet1").getRange(`A${start + 1}:A${start + 10_000}`).values =
          chunk;
        await context.sync();
      });
    }
    await expect(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("C1").values = [["written in the failing batch"]];
        sheet.getRange(`A1:A${rows}`).load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(host.workbook.cell("Sheet1", 0, 2).value).toBe("");
  });

  test("failSync(n): the nth sync from now throws the given error and applies nothing", async () => {
    const host = createExcelHost();
    host.failSync(2, { code: "GeneralException", message: "network" });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.getRange("A2").values = [[2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException", message: "network" });
      sheet.getRange("A3").values = [[3]];
      await context.sync();
    });
    expect(host.workbook.values("Sheet1", "A1:A3")).toEqual([[1], [""], [3]]);
  });

  test("objects cannot be used after their run ended", async () => {
    const host = createExcelHost();
    let leaked: Excel.Range | undefined;
    await host.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    expect(() => {
      if (leaked) leaked.values = [[1]];
    }).toThrow(withCode("InvalidObjectPath"));
  });
});

describe("events", () => {
  test("a handler added in one run receives Local changes of later runs and Remote edits", async () => {
    const host = createExcelHost();
    const seen: { type: string; source: string; address: string; changeType: string }[] = [];
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.tables.add("A1:B1", true).name = "T";
      sheet.onChanged.add((args) => {
        seen.push({
          type: args.type,
          source: args.source,
          address: args.address,
          changeType: args.changeType,
        });
        return Promise.resolve();
      });
      context.workbook.tables.onChanged.add((args) => {
        seen.push({
          type: args.type,
          source: args.source,
          address: args.address,
          changeType: args.changeType,
        });
        return Promise.resolve();
      });
      await context.sync();
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D5").values = [[1]];
      await context.sync();
    });
    await host.settle();
    expect(seen).toEqual([
      { type: "WorksheetChanged", source: "Local", address: "D5", changeType: "RangeEdited" },
    ]);
    seen.length = 0;
    await host.edit("Sheet1", "A2:B2", [["x", 2]], "Remote");
    expect(seen).toEqual([
      { type: "WorksheetChanged", source: "Remote", address: "A2:B2", changeType: "RangeEdited" },
      { type: "TableChanged", source: "Remote", address: "A2:B2", changeType: "RangeEdited" },
    ]);
  });

  test("runtime.enableEvents = false: that context's changes fire nothing; remove() unregisters", async () => {
    const host = createExcelHost();
    let calls = 0;
    const handler = await host.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(() => {
        calls++;
        return Promise.resolve();
      });
      await context.sync();
      return result;
    });
    await host.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    await host.settle();
    expect(calls).toBe(0);
    await host.edit("Sheet1", "A1", [[2]]);
    expect(calls).toBe(1);
    handler.remove();
    await host.edit("Sheet1", "A1", [[3]]);
    expect(calls).toBe(1);
  });

  test("an edit typed as '=...' becomes a formula; the handler can read the sheet with host.run", async () => {
    const host = createExcelHost();
    let readBack: unknown;
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
        readBack = await host.run(async (ctx) => {
          const range = args.getRange(ctx);
          range.load("values");
          await ctx.sync();
          return range.values;
        });
      });
      await context.sync();
    });
    await host.edit("Sheet1", "A1:B1", [[21, "=A1*2"]]);
    expect(readBack).toEqual([[21, 42]]);
  });
});
