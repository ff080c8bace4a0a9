import { serialFromLocalDate, serialFromYmd } from "../../src/domain/dates/excel-dates";
import {
  age,
  aging,
  agingBucket,
  daysInAR,
  denialRate,
  grossCollection,
  netCollection,
} from "../../src/functions/functions";
import { thrown } from "./thrown";

const d = serialFromYmd;
const col = (...values: unknown[]) => values.map((v) => [v]);

describe("PM.AGE", () => {
  it("counts days between dates given as serials or text", () => {
    expect(age(d(2026, 1, 15), d(2026, 3, 1))).toBe(45);
    expect(age("2026-01-15", "2026-03-01")).toBe(45);
    expect(age("15 Jan 2026", String(d(2026, 3, 1)))).toBe(45); // serial typed as text
  });
  it("counts 29 February in leap years", () => {
    expect(age("2024-02-01", "2024-03-01")).toBe(29);
    expect(age("2023-02-01", "2023-03-01")).toBe(28);
  });
  it("ages to today when asOf is omitted or blank", () => {
    const todaySerial = serialFromLocalDate(new Date());
    expect(age(todaySerial - 10)).toBe(10);
    expect(age(todaySerial - 10, null)).toBe(10);
    expect(age(todaySerial - 10, "")).toBe(10);
  });
  it("is negative for a service date after asOf", () => {
    expect(age("2026-03-02", "2026-03-01")).toBe(-1);
  });
  it("errors name the function and the argument", () => {
    expect(thrown(() => age("next week", "2026-03-01"))).toEqual({
      code: "#VALUE!",
      message: 'PM.AGE: serviceDate "next week" is not a date (use a date or text like 2026-03-31)',
    });
    expect(thrown(() => age("03/04/2026", "2026-03-01")).code).toBe("#VALUE!"); // ambiguous d/m vs m/d
    expect(thrown(() => age(d(2026, 1, 1), true)).message).toMatch(/^PM\.AGE: asOf TRUE is not a date/);
    expect(thrown(() => age(-3))).toMatchObject({ code: "#VALUE!" });
    expect(thrown(() => age(null, "2026-03-01"))).toEqual({
      code: "#N/A",
      message: "PM.AGE: serviceDate is blank",
    });
  });
});

describe("PM.AGINGBUCKET", () => {
  const asOf = d(2026, 6, 30);
  it("uses the standard buckets by default", () => {
    expect(agingBucket(asOf - 30, asOf)).toBe("0-30");
    expect(agingBucket(asOf - 31, asOf)).toBe("31-60");
    expect(agingBucket(asOf - 90, asOf)).toBe("61-90");
    expect(agingBucket(asOf - 91, asOf)).toBe("91-120");
    expect(agingBucket(asOf - 121, asOf)).toBe("120+");
  });
  it("takes day limits as a row, a column or a single cell, skipping blanks", () => {
    expect(agingBucket(asOf - 20, asOf, [[15, 45]])).toBe("16-45");
    expect(agingBucket(asOf - 20, asOf, col(15, 45, ""))).toBe("16-45");
    expect(agingBucket(asOf - 20, asOf, [[15]])).toBe("15+");
    expect(agingBucket(asOf - 20, asOf, [["15", "45"]])).toBe("16-45");
    expect(agingBucket(asOf - 200, asOf, [[null, null]])).toBe("120+"); // all blank: default buckets
  });
  it("rejects unusable limits", () => {
    expect(thrown(() => agingBucket(asOf, asOf, [[60, 30]]))).toEqual({
      code: "#VALUE!",
      message: "PM.AGINGBUCKET: bucketDays limits must increase from left to right",
    });
    expect(
      thrown(() =>
        agingBucket(asOf, asOf, [
          [30, 60],
          [90, 120],
        ]),
      ).message,
    ).toBe("PM.AGINGBUCKET: bucketDays must be one row or one column (got 2 rows x 2 columns)");
    expect(thrown(() => agingBucket(asOf, asOf, [["thirty"]])).message).toBe(
      'PM.AGINGBUCKET: bucketDays (cell 1) "thirty" is not a number',
    );
  });
});

describe("PM.AGING", () => {
  const asOf = "2026-06-30";
  const t = d(2026, 6, 30);
  it("spills bucket | amount | share with a Total row", () => {
    // 0-30: 100 + 300 = 400; 31-60: 200; 120+: 400; total 1,000.
    const dates = col(t - 5, t - 45, "2026-06-01", t - 365, "", "");
    const balances = col(100, 200, "300", 400, "", null);
    expect(aging(dates, balances, asOf)).toEqual([
      ["Bucket", "Amount", "Share"],
      ["0-30", 400, 0.4],
      ["31-60", 200, 0.2],
      ["61-90", 0, 0],
      ["91-120", 0, 0],
      ["120+", 400, 0.4],
      ["Total", 1000, 1],
    ]);
  });
  it("takes rows as well as columns, and one cell", () => {
    expect(aging([[t - 100, t - 10]], [[50, 150]], asOf, [[30]])).toEqual([
      ["Bucket", "Amount", "Share"],
      ["0-30", 150, 0.75],
      ["30+", 50, 0.25],
      ["Total", 200, 1],
    ]);
    expect(aging([[t]], [[0]], asOf, [[30]])).toEqual([
      ["Bucket", "Amount", "Share"],
      ["0-30", 0, ""],
      ["30+", 0, ""],
      ["Total", 0, ""],
    ]);
  });
  it("keeps credits (negative balances) in their bucket", () => {
    const out = aging(col(t - 1, t - 2), col(100, -25), asOf, [[30]]);
    expect(out[1]).toEqual(["0-30", 75, 1]);
  });
  it("refuses mismatched sizes, 2-D ranges and balances without dates", () => {
    expect(thrown(() => aging(col(t, t), col(1), asOf)).message).toBe(
      "PM.AGING: dates has 2 cells but balances has 1",
    );
    expect(
      thrown(() =>
        aging(
          [
            [t, t],
            [t, t],
          ],
          [
            [1, 1],
            [1, 1],
          ],
          asOf,
        ),
      ).message,
    ).toMatch(/^PM\.AGING: dates must be one row or one column/);
    expect(thrown(() => aging(col(t, ""), col(1, 2), asOf)).message).toBe(
      "PM.AGING: balances (cell 2) has an amount but dates (cell 2) is blank",
    );
    expect(thrown(() => aging(col("soon"), col(1), asOf)).message).toBe(
      'PM.AGING: dates (cell 1) "soon" is not a date (use a date or text like 2026-03-31)',
    );
  });
});

describe("PM.DAYSINAR", () => {
  it("divides A/R by average daily charges (90 days by default)", () => {
    expect(daysInAR([[45_000]], [[90_000]])).toBe(45);
    // Ranges are summed: A/R 20,000 + 10,000; charges 365,000 over a year -> 30 days.
    expect(daysInAR(col(20_000, 10_000, ""), [[200_000, 165_000]], 365)).toBe(30);
    expect(daysInAR([["$45,000"]], [["90,000"]], "90")).toBe(45);
  });
  it("is #DIV/0! without charges and #VALUE! for a bad period", () => {
    expect(thrown(() => daysInAR([[1]], [[0]]))).toEqual({ code: "#DIV/0!", message: "" });
    expect(thrown(() => daysInAR([[1]], [[1]], 0)).message).toBe("PM.DAYSINAR: days 0 must be more than 0");
    expect(thrown(() => daysInAR([["lots"]], [[1]])).message).toBe(
      'PM.DAYSINAR: totalAR "lots" is not a number',
    );
  });
});

describe("PM.NETCOLLECTION / PM.GROSSCOLLECTION", () => {
  it("computes the rates from amounts or ranges", () => {
    expect(netCollection([[8_000]], [[12_000]], [[2_000]])).toBe(0.8);
    expect(netCollection(col(5_000, 3_000), col(7_000, 5_000), col(1_500, 500))).toBe(0.8);
    expect(grossCollection([[6_000]], [[12_000]])).toBe(0.5);
  });
  it("is #DIV/0! when the denominator is zero", () => {
    expect(thrown(() => netCollection([[1]], [[100]], [[100]])).code).toBe("#DIV/0!");
    expect(thrown(() => grossCollection([[1]], [[null]])).code).toBe("#DIV/0!");
  });
});

describe("PM.DENIALRATE", () => {
  it("divides denied by adjudicated claims, skipping blanks", () => {
    // Adjudicated: Paid, Denied, paid (any case), Appealed, Partially Paid = 5; denied: Denied + Appealed = 2.
    expect(
      denialRate(col("Paid", "Denied", "", "paid", "Submitted", "Appealed", "Partially Paid", "Rejected")),
    ).toBe(0.4);
    expect(denialRate([["Denied", "Paid"]])).toBe(0.5);
  });
  it("is #DIV/0! with nothing adjudicated and #VALUE! for an unknown status", () => {
    expect(thrown(() => denialRate(col("Draft", "Submitted"))).code).toBe("#DIV/0!");
    expect(thrown(() => denialRate(col("Paid", "Lost")))).toEqual({
      code: "#VALUE!",
      message: 'PM.DENIALRATE: statuses (cell 2) "Lost" is not a claim status',
    });
    expect(thrown(() => denialRate(col(5))).message).toBe("PM.DENIALRATE: statuses (cell 1) 5 must be text");
  });
});

describe("leap years and single cells", () => {
  it("ages across 29 February in buckets and tables", () => {
    // 31 Jan 2024 -> 1 Mar 2024 is 30 days (29 in February): still 0-30; in 2023 it is 29 days.
    expect(agingBucket("2024-01-31", "2024-03-01")).toBe("0-30");
    expect(agingBucket("2024-01-30", "2024-03-01")).toBe("31-60");
    expect(aging([["2024-01-30"]], [[10]], "2024-03-01", [[30]])[2]).toEqual(["30+", 10, 1]);
  });
  it("DENIALRATE of one cell", () => {
    expect(denialRate([["Denied"]])).toBe(1);
    expect(denialRate("Paid" as unknown as unknown[][])).toBe(0); // a single value passed directly
  });
});
