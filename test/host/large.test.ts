import { createExcelHost, IN_MEMORY_HOST_MARKER } from "../../src/host";

describe("large workbooks", () => {
  test("100k rows x 9 columns written in chunks read back exactly, each request under 5 MB", async () => {
    const host = createExcelHost();
    const rows = 100_000;
    const chunk = 25_000;
    const rowAt = (i: number) => [
      `C${i}`,
      45000 + (i % 365),
      "Aetna",
      "99213",
      i % 100,
      40,
      "Open",
      i * 2,
      "",
    ];
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < rows; start += chunk) {
        sheet.getRangeByIndexes(start, 0, chunk, 9).values = Array.from({ length: chunk }, (_, k) =>
          rowAt(start + k),
        );
        await context.sync();
      }
    });
    let total = 0;
    let count = 0;
    let last: unknown[] = [];
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < rows; start += chunk) {
        const range = sheet.getRangeByIndexes(start, 0, chunk, 9);
        range.load("values");
        await context.sync();
        for (const row of range.values) {
          total += row[7] as number;
          count++;
        }
        last = range.values[chunk - 1] ?? [];
      }
    });
    expect(count).toBe(rows);
    // column H holds i*2: the sum over i = 0..99999 is 2 * (99999 * 100000 / 2)
    expect(total).toBe(99_999 * 100_000);
    expect(last).toEqual(["C99999", 45000 + (99_999 % 365), "Aetna", 99213, 99, 40, "Open", 199_998, ""]);
    expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(host.stats.syncs).toBe(8);
  });

  test("the host carries its marker so a build can check it never ships", () => {
    expect(IN_MEMORY_HOST_MARKER).toBe("PM_IN_MEMORY_EXCEL_HOST");
    expect(createExcelHost().marker).toBe(IN_MEMORY_HOST_MARKER);
  });
});
