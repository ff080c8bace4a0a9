import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows } from "../../../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../../../src/host";

export const MON = 46097; // 2026-03-16
const at = (h: number) => h / 24;

/** A hand-made day at the desk; the expected figures below are worked out by hand from these rows. */
export async function deskDay(): Promise<ExcelHost> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  const visit = (id: string, day: number, hour: number, ref: string, status: string, extra = {}) => ({
    "Appointment ID": id,
    Date: day,
    Start: at(hour),
    "Duration (min)": 15,
    "Provider ID": "P001",
    "Patient Ref": ref,
    Status: status,
    ...extra,
  });
  await host.run(async (context) => {
    await appendRows(context, "Appointments", [
      visit("A1", MON, 8, "MRN1", "Completed", {
        "Copay Due": 20,
        "Copay Collected": 20,
        "Payment Method": "Cash",
      }),
      visit("A2", MON, 9, "MRN2", "Completed", {
        "Copay Due": 30,
        "Copay Collected": 25,
        "Payment Method": "Card",
      }),
      visit("A3", MON, 10, "MRN3", "Arrived", { "Copay Due": 15 }),
      visit("A4", MON, 11, "MRN4", "Scheduled"),
      visit("A5", MON, 12, "MRN5", "No Show", { "Copay Due": 20 }),
      visit("A6", MON + 1, 8, "MRN6", "Completed", {
        "Copay Due": 40,
        "Copay Collected": 40,
        "Payment Method": "Cash",
      }),
    ]);
    await appendRows(context, "Payments", [
      { "Payment ID": "PAY1", "Received On": MON, Amount: 50, Method: "Cash", Source: "Patient" },
      { "Payment ID": "PAY2", "Received On": MON, Amount: 100, Method: "Check", Source: "Patient" },
      { "Payment ID": "PAY3", "Received On": MON, Amount: 500, Method: "EFT", Source: "ERA" },
      { "Payment ID": "PAY4", "Received On": MON + 1, Amount: 10, Method: "Card", Source: "Patient" },
    ]);
    await appendRows(context, "Claims", [
      {
        "Claim ID": "C1",
        "Patient Ref": "MRN1",
        "Payer ID": "X",
        "Provider ID": "P001",
        "Service Date": MON,
        "Total Charge": 100,
        Status: "Submitted",
      },
    ]);
  });
  return host;
}
