/**
 * "Load sample practice" in the standalone app (issue 12: the page never freezes): the practice is
 * generated in steps, every table's shape is read in one sync before any row is written, and rows go
 * in small syncs, with the page running in between. The workbook is the one the add-in's own setup and
 * appendRows make from the same practice.
 */
import { loadSamplePractice } from "../../src/app/sample";
import { TABLE_NAMES } from "../../src/domain/catalog";
import { generatePractice } from "../../src/domain/sample";
import { setupWorkbook } from "../../src/excel/setup";
import { appendRows, readTables } from "../../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../../src/host";

jest.setTimeout(120_000);

const AS_OF = 46_097;

async function allTables(host: ExcelHost) {
  return host.run((context) => readTables(context, TABLE_NAMES));
}

describe("loading the small sample practice", () => {
  let loaded: ExcelHost;
  let ticks = 0;

  beforeAll(async () => {
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    loaded = await loadSamplePractice({ size: "small", seed: 1, asOf: AS_OF });
    ticking = false;
  });

  it("lets timers run many times while it works", () => {
    expect(ticks).toBeGreaterThan(5);
  });

  it("makes every table the add-in's setup and appendRows make from the same practice", async () => {
    const practice = generatePractice({ providers: 2, months: 3, seed: 1, asOf: AS_OF, plantErrors: true });
    const plain = createExcelHost();
    await setupWorkbook(plain.run);
    await plain.run(async (context) => {
      for (const name of TABLE_NAMES) await appendRows(context, name, practice[name]);
    });
    const expected = await allTables(plain);
    const actual = await allTables(loaded);
    for (const name of TABLE_NAMES) {
      expect({ name, rows: actual.get(name)?.rows }).toEqual({ name, rows: expected.get(name)?.rows });
    }
    expect(actual.get("Claims")?.rows.length).toBeGreaterThan(100);
  });
});
