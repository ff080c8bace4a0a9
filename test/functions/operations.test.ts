import { serialFromLocalDate, serialFromYmd } from "../../src/domain/dates/excel-dates";
import {
  contractStatus,
  costPerPatient,
  daysOfSupply,
  noShowRate,
  noticeDate,
  orderQty,
  prorate,
  reorderPoint,
  utilization,
  variance,
  variancePct,
} from "../../src/functions/functions";
import { thrown } from "./thrown";

const d = serialFromYmd;
const col = (...values: unknown[]) => values.map((v) => [v]);

describe("PM.NOSHOWRATE", () => {
  const statuses = col(
    "Completed",
    "No Show",
    "Late Cancel",
    "Canceled",
    "",
    "Arrived",
    "scheduled",
    "Completed",
  );
  it("no-shows over appointments that came due", () => {
    // Kept: Completed x2, Arrived = 3; no-shows: 1 -> 1/4. With late cancels: 2/5.
    expect(noShowRate(statuses)).toBe(0.25);
    expect(noShowRate(statuses, true)).toBe(0.4);
    expect(noShowRate(statuses, "Yes")).toBe(0.4);
    expect(noShowRate(statuses, 0)).toBe(0.25);
    expect(noShowRate([["No Show", "Completed"]])).toBe(0.5);
  });
  it("errors", () => {
    expect(thrown(() => noShowRate(col("Canceled", "Scheduled"))).code).toBe("#DIV/0!");
    expect(thrown(() => noShowRate(col("Completed"), "maybe")).message).toBe(
      'PM.NOSHOWRATE: countLateCancel "maybe" must be TRUE or FALSE (or Yes / No)',
    );
    expect(thrown(() => noShowRate(col("Gone"))).message).toBe(
      'PM.NOSHOWRATE: statuses (cell 1) "Gone" is not an appointment status',
    );
  });
});

describe("PM.UTILIZATION", () => {
  it("booked over available minutes, ranges summed", () => {
    expect(utilization(col(30, 45, 15, ""), [[480]])).toBe(0.1875); // 90 / 480
    expect(utilization([[540]], [[480]])).toBe(1.125);
  });
  it("errors", () => {
    expect(thrown(() => utilization([[60]], [[0]])).code).toBe("#DIV/0!");
    expect(thrown(() => utilization([[-60]], [[100]])).message).toBe(
      "PM.UTILIZATION: bookedMinutes -60 must be at least 0",
    );
  });
});

describe("inventory", () => {
  it("PM.REORDERPOINT", () => {
    expect(reorderPoint(4, 5)).toBe(20);
    expect(reorderPoint(2.5, 3, 2)).toBe(10);
    expect(reorderPoint("4", "5", null)).toBe(20);
    expect(thrown(() => reorderPoint(-1, 5)).message).toBe(
      "PM.REORDERPOINT: dailyUsage -1 must be at least 0",
    );
  });
  it("PM.ORDERQTY", () => {
    expect(orderQty(8, 10, 50)).toBe(42);
    expect(orderQty(12, 10, 50)).toBe(0);
    expect(orderQty(5, 10, 50, 20)).toBe(0);
    expect(orderQty(null, 10, 50)).toBe(50); // a blank count is 0 on hand
    expect(thrown(() => orderQty("some", 10, 50)).message).toBe('PM.ORDERQTY: onHand "some" is not a number');
  });
  it("PM.DAYSOFSUPPLY", () => {
    // 12 a month = 12 / (365/12) a day; 60 units last 60 / that = 152.083... days.
    expect(daysOfSupply(60, 12)).toBeCloseTo(60 / (12 / (365 / 12)), 10);
    expect(daysOfSupply(0, 12)).toBe(0);
    expect(thrown(() => daysOfSupply(10, 0)).code).toBe("#DIV/0!");
  });
});

describe("contracts", () => {
  it("PM.NOTICEDATE", () => {
    expect(noticeDate("2026-12-31", 60)).toBe(d(2026, 11, 1));
    expect(noticeDate(d(2024, 3, 31), 31)).toBe(d(2024, 2, 29));
    expect(thrown(() => noticeDate("2026-12-31", 1.5)).message).toBe(
      "PM.NOTICEDATE: noticeDays 1.5 must be a whole number",
    );
  });
  it("PM.CONTRACTSTATUS", () => {
    expect(contractStatus("2026-12-31", 60, false, "2026-10-31")).toBe("Active");
    expect(contractStatus("2026-12-31", 60, "No", "2026-11-01")).toBe("Notice window");
    expect(contractStatus("2026-12-31", 60, "Yes", "2027-01-01")).toBe("Renews");
    expect(contractStatus("2026-12-31", 60, null, "2027-01-01")).toBe("Expired");
    const todaySerial = serialFromLocalDate(new Date());
    expect(contractStatus(todaySerial + 100, 30)).toBe("Active");
    expect(contractStatus(todaySerial - 1, 30, true)).toBe("Renews");
    expect(contractStatus(d(2024, 2, 29), 0, false, "2024-02-29")).toBe("Notice window"); // the last day itself
    expect(thrown(() => contractStatus("", 30))).toEqual({
      code: "#N/A",
      message: "PM.CONTRACTSTATUS: endDate is blank",
    });
    expect(thrown(() => contractStatus("2026-12-31", -1)).message).toBe(
      "PM.CONTRACTSTATUS: noticeDays -1 must be at least 0",
    );
  });
});

describe("budget and marketing", () => {
  it("PM.VARIANCE and PM.VARIANCEPCT", () => {
    expect(variance(1_200, 1_000)).toBe(200);
    expect(variance("$900", "1,000")).toBe(-100);
    expect(variance(null, 500)).toBe(-500); // nothing spent yet
    expect(variancePct(1_200, 1_000)).toBe(0.2);
    expect(thrown(() => variancePct(100, 0)).code).toBe("#DIV/0!");
    expect(thrown(() => variance(true, 1)).message).toBe("PM.VARIANCE: actual TRUE is not a number");
  });
  it("PM.PRORATE", () => {
    // 3,650 over 2026 = 10 a day; March = 31 days.
    expect(prorate(3_650, "2026-01-01", "2026-12-31", "2026-03")).toBeCloseTo(310, 9);
    expect(prorate(3_660, "2024-01-01", "2024-12-31", d(2024, 2, 10))).toBeCloseTo(290, 9);
    expect(prorate(1_000, "2026-01-01", "2026-01-31", "Feb 2026")).toBe(0);
    expect(thrown(() => prorate(1, "2026-02-01", "2026-01-01", "2026-01")).message).toBe(
      "PM.PRORATE: endDate is before startDate",
    );
    expect(thrown(() => prorate(1, "2026-01-01", "2026-02-01", "2026-13")).code).toBe("#VALUE!");
  });
  it("PM.COSTPERPATIENT", () => {
    expect(costPerPatient(1_500, 12)).toBe(125);
    expect(thrown(() => costPerPatient(1_500, 0)).code).toBe("#DIV/0!");
    expect(thrown(() => costPerPatient(1_500, -2)).message).toBe(
      "PM.COSTPERPATIENT: newPatients -2 must be at least 0",
    );
  });
});
