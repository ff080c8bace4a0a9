import {
  claimStatus,
  daysInAR,
  denialRate,
  filingDeadline,
  grossCollectionRate,
  netCollectionRate,
  type ClaimStatus,
} from "../../../src/domain/metrics";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";

describe("revenue cycle", () => {
  it("days in A/R: A/R over average daily charges", () => {
    // 90,000 charged over 90 days = 1,000 a day; 45,000 A/R = 45 days.
    expect(daysInAR(45_000, 90_000)).toBe(45);
    // Over a year: 365,000 / 365 = 1,000 a day.
    expect(daysInAR(30_000, 365_000, 365)).toBe(30);
    expect(daysInAR(1_000, 0)).toBeNull();
  });
  it("collection rates", () => {
    // 8,000 paid on 12,000 charged with 2,000 contractual adjustments: 8,000 / 10,000.
    expect(netCollectionRate(8_000, 12_000, 2_000)).toBe(0.8);
    expect(grossCollectionRate(6_000, 12_000)).toBe(0.5);
    expect(netCollectionRate(1, 500, 500)).toBeNull();
    expect(grossCollectionRate(1, 0)).toBeNull();
  });
  it("denial rate counts denied and appealed claims over adjudicated ones", () => {
    const statuses: ClaimStatus[] = [
      "Paid",
      "Denied",
      "Appealed",
      "Partially Paid",
      "Rejected",
      "Submitted",
      "Closed",
    ];
    // Adjudicated: Paid, Denied, Appealed, Partially Paid, Closed = 5; denied: 2.
    expect(denialRate(statuses)).toBe(0.4);
    expect(denialRate(["Draft", "Submitted", "Rejected"])).toBeNull();
  });
  it("reads statuses in any case", () => {
    expect(claimStatus(" partially paid ")).toBe("Partially Paid");
    expect(claimStatus("lost")).toBeNull();
  });
  it("filing deadline adds the filing days to the service date", () => {
    expect(filingDeadline(serialFromYmd(2024, 1, 15), 90)).toBe(serialFromYmd(2024, 4, 14));
  });
});
