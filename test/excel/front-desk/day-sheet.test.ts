import { generateDaySheet } from "../../../src/excel/front-desk/day-sheet";
import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows } from "../../../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../../../src/host";

const MON = 46097; // 2026-03-16
const at = (h: number, m: number) => (h * 60 + m) / 1440;

async function practice(): Promise<ExcelHost> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  await host.run(async (context) => {
    await appendRows(context, "Providers", [
      { "Provider ID": "P002", Name: "Dr. Ben Cole" },
      { "Provider ID": "P001", Name: "Dr. Ada Park" },
    ]);
    const appt = (id: string, day: number, start: number, provider: string, ref: string, extra = {}) => ({
      "Appointment ID": id,
      Date: day,
      Start: start,
      "Duration (min)": 20,
      "Provider ID": provider,
      "Patient Ref": ref,
      Status: "Scheduled",
      ...extra,
    });
    await appendRows(context, "Appointments", [
      appt("A1", MON, at(9, 0), "P002", "MRN3", { Type: "Consult", Room: "2" }),
      appt("A2", MON, at(8, 30), "P001", "MRN2", {
        "Copay Due": 25,
        Status: "Confirmed",
        Notes: "Bring card",
      }),
      appt("A3", MON, at(8, 0), "P001", "MRN1", { "Copay Due": 20, Type: "Follow-up", Room: "1" }),
      appt("A4", MON + 1, at(8, 0), "P001", "MRN4"),
    ]);
  });
  return host;
}

async function sheet(host: ExcelHost, name: string) {
  return host.run(async (context) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRange(true);
    used.load("values,numberFormat");
    await context.sync();
    return { values: used.values as unknown[][], formats: used.numberFormat as string[][] };
  });
}

describe("Day sheet", () => {
  test("one block per provider (by name), visits by time, copays summed, each provider on its own page", async () => {
    const host = await practice();
    const result = await generateDaySheet(host.run, MON, { asOf: MON + 0.4 });
    expect(result).toMatchObject({
      status: "done",
      sheets: [{ id: "daySheet", sheet: "Day Sheet", action: "created" }],
    });
    const { values, formats } = await sheet(host, "Day Sheet");
    expect(values[0]?.[0]).toBe("Day Sheet: Mon 2026-03-16");
    const text = values.map((r) => r.filter((c) => c !== "").join(" | "));
    const ada = text.indexOf("Dr. Ada Park (P001): 2 appointments");
    const ben = text.indexOf("Dr. Ben Cole (P002): 1 appointment");
    expect(ada).toBeGreaterThan(0);
    expect(ben).toBeGreaterThan(ada);
    expect(text[ada + 1]).toBe("Time | Min | Patient Ref | Type | Room | Status | Copay Due | Notes");
    expect(values[ada + 2]).toEqual([at(8, 0), 20, "MRN1", "Follow-up", "1", "Scheduled", 20, ""]);
    expect(values[ada + 3]).toEqual([at(8, 30), 20, "MRN2", "", "", "Confirmed", 25, "Bring card"]);
    expect(values[ada + 4]?.[0]).toBe("Copays due");
    expect(values[ada + 4]?.[6]).toBe(45); // =SUM of 20 and 25, computed by the host's formula engine
    expect(formats[ada + 2]?.[0]).toBe("h:mm AM/PM");
    expect(text.join("\n")).not.toContain("MRN4"); // Tuesday's visit
    // Ben Cole's block starts a new printed page; Ada Park's is the first page.
    const layout = host.workbook.getSheet("Day Sheet")?.pageLayout;
    expect(layout?.rowBreaks).toEqual([ben]);
    expect(layout?.orientation).toBe("Portrait");
  });

  test("generated again for another day: the same sheet is rebuilt, old page breaks gone", async () => {
    const host = await practice();
    await generateDaySheet(host.run, MON, { asOf: MON });
    const again = await generateDaySheet(host.run, MON + 1, { asOf: MON });
    expect(again).toMatchObject({ status: "done", sheets: [{ sheet: "Day Sheet", action: "updated" }] });
    const { values } = await sheet(host, "Day Sheet");
    const text = values.map((r) => r.filter((c) => c !== "").join(" | ")).join("\n");
    expect(text).toContain("Day Sheet: Tue 2026-03-17");
    expect(text).toContain("MRN4");
    expect(text).not.toContain("MRN1");
    expect(host.workbook.getSheet("Day Sheet")?.pageLayout.rowBreaks).toEqual([]);
  });
});
