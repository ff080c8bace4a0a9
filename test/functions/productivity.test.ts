import * as pm from "../../src/functions/functions";
import { firstResult, streamCell } from "./stream-cell";
import { exampleWorkbook, settle } from "./workbook-host";

type Fn = (...args: unknown[]) => unknown;
const call = (fn: unknown) => fn as Fn;

describe("PM.RVU", () => {
  it("gives the work RVU by default, or PE, MP and total", async () => {
    await exampleWorkbook();
    expect(await firstResult(call(pm.rvu), "99213", null, 2026)).toBe(1.3);
    expect(await firstResult(call(pm.rvu), "99213", null, 2026, "total")).toBe(2.66);
    expect(await firstResult(call(pm.rvu), "99213", null, 2026, "MP")).toBe(0.1);
  });

  it("a modifier without its own row takes the code's row; 26 takes the professional component", async () => {
    await exampleWorkbook();
    expect(await firstResult(call(pm.rvu), "99213", "25", 2026)).toBe(1.3);
    expect(await firstResult(call(pm.rvu), "71046", "26", 2026)).toBe(0.22);
  });

  it("another year's values are never used: #N/A saying which code and year", async () => {
    await exampleWorkbook();
    expect(await firstResult(call(pm.rvu), "99213", null, 2025)).toMatchObject({
      code: "#N/A",
      message: "PM.RVU: 99213 has no RVU for 2025 in the RVU table",
    });
  });

  it("a missing RVU table says to run setup", async () => {
    await exampleWorkbook(["Claims", "ClaimLines"]);
    expect(await firstResult(call(pm.rvu), "99213", null, 2026)).toMatchObject({
      code: "#N/A",
      message: "RVU table not found - run Set up workbook",
    });
  });
});

describe("PM.WRVU", () => {
  it("adds work RVU x units of the provider's lines in the period (ends included)", async () => {
    await exampleWorkbook();
    expect(await firstResult(call(pm.wrvu), "p002", "2026-02-05", "2026-02-05")).toBe(1.3);
    expect(await firstResult(call(pm.wrvu), "P001", "2026-02-04", "2026-02-28")).toBe(3.84);
    expect(await firstResult(call(pm.wrvu), "P001", "2026-03-01", "2026-03-31")).toBe(0);
  });

  it("follows an edit to the RVU table without pressing anything", async () => {
    const { host } = await exampleWorkbook();
    const cell = streamCell(call(pm.wrvu), "P002", "2026-02-01", "2026-02-28");
    expect(await cell.next()).toBe(1.3);
    const next = cell.next();
    await host.edit("RVU", "D2", [[1.5]], "Remote"); // 99213's Work RVU
    expect(await next).toBe(1.5);
    cell.cancel();
  });

  it("is #N/A, naming the codes, when a line of the period has no RVU (a total would silently leave it out)", async () => {
    const { host } = await exampleWorkbook();
    await host.edit("ClaimLines", "C5", [["99215"]]); // C3's line: a code the RVU table lacks
    await settle(host);
    expect(await firstResult(call(pm.wrvu), "P002", "2026-02-01", "2026-02-28")).toMatchObject({
      code: "#N/A",
      message: "PM.WRVU: 1 claim line of P002 in the period has no RVU for their year: 99215 (2026)",
    });
  });

  it("to before from is #VALUE!", async () => {
    await exampleWorkbook();
    expect(await firstResult(call(pm.wrvu), "P001", "2026-02-28", "2026-02-01")).toMatchObject({
      code: "#VALUE!",
    });
  });
});
