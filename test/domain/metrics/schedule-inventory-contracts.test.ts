import {
  contractStatus,
  costPerPatient,
  daysOfSupply,
  noShowRate,
  noticeDate,
  orderQuantity,
  reorderPoint,
  utilization,
  type AppointmentStatus,
} from "../../../src/domain/metrics";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";

describe("schedule", () => {
  const statuses: AppointmentStatus[] = [
    "Completed",
    "Completed",
    "No Show",
    "Late Cancel",
    "Canceled",
    "Scheduled",
    "Arrived",
  ];
  it("no-show rate over appointments that came due", () => {
    // Kept: 2 Completed + Arrived = 3; no-shows: 1 -> 1 / 4.
    expect(noShowRate(statuses)).toBe(0.25);
    // Late cancel counted: 2 / 5.
    expect(noShowRate(statuses, true)).toBe(0.4);
    expect(noShowRate(["Scheduled", "Canceled"])).toBeNull();
  });
  it("utilization", () => {
    expect(utilization(360, 480)).toBe(0.75);
    expect(utilization(10, 0)).toBeNull();
  });
});

describe("inventory", () => {
  it("reorder point rounds up to whole units", () => {
    expect(reorderPoint(4, 5)).toBe(20);
    expect(reorderPoint(2.5, 3, 2)).toBe(10); // 7.5 + 2 = 9.5 -> 10
    expect(reorderPoint(1.1, 10)).toBe(11); // not 12 from float noise
  });
  it("order quantity tops up to par only at or below the reorder point", () => {
    expect(orderQuantity(8, 10, 50)).toBe(42);
    expect(orderQuantity(10, 10, 50)).toBe(40);
    expect(orderQuantity(11, 10, 50)).toBe(0);
    expect(orderQuantity(5, 10, 50, 20)).toBe(0); // 25 in stock + on order is above 10
    expect(orderQuantity(5, 10, 50, 3)).toBe(42);
    expect(orderQuantity(0, 10, 0)).toBe(0); // no par level: nothing to order
  });
  it("days of supply uses 365/12 days a month", () => {
    // 73 units at 73 a month = one average month = 30.4166... days.
    expect(daysOfSupply(73, 73)).toBeCloseTo(30.416667, 5);
    expect(daysOfSupply(24, 0)).toBeNull();
  });
});

describe("contracts", () => {
  const end = serialFromYmd(2026, 12, 31);
  it("notice date is noticeDays before the end", () => {
    expect(noticeDate(end, 60)).toBe(serialFromYmd(2026, 11, 1));
  });
  it("status moves from Active to Notice window to Expired or Renews", () => {
    expect(contractStatus(end, 60, false, serialFromYmd(2026, 10, 31))).toBe("Active");
    expect(contractStatus(end, 60, false, serialFromYmd(2026, 11, 1))).toBe("Notice window");
    expect(contractStatus(end, 60, true, end)).toBe("Notice window");
    expect(contractStatus(end, 60, false, end + 1)).toBe("Expired");
    expect(contractStatus(end, 60, true, end + 1)).toBe("Renews");
  });
});

describe("marketing", () => {
  it("cost per new patient", () => {
    expect(costPerPatient(1_500, 12)).toBe(125);
    expect(costPerPatient(1_500, 0)).toBeNull();
  });
});
