/**
 * The front desk in Chromium: load the sample practice, set it up, then in the task pane's Schedule
 * section find the next free slots for a provider and book one with the keyboard only. The saved
 * workbook holds the new Scheduled appointment at exactly that slot, and nothing else the provider
 * holds overlaps it (never double-booked). Screenshots: test-results/front-desk-*.png.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { BASE_URL, openBrowser, RESULTS, type Browser } from "./browser";
import { SavedWorkbook } from "./support/app-page";

const TODAY = "2026-03-16T10:00:00"; // a Monday morning
const FREED = new Set(["Canceled", "Late Cancel", "No Show", "Rescheduled"]);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  await page.setViewportSize({ width: 1600, height: 1100 });
  await page.clock.setFixedTime(new Date(TODAY));
  await page.goto(`${BASE_URL}/app.html`);
  await page.getByRole("grid").waitFor();
  await page.getByRole("button", { name: "Load sample practice" }).click();
  await page.locator(".pm-notice").getByText("Sample practice loaded").waitFor({ timeout: 120_000 });
  await page.getByRole("button", { name: "Set up workbook" }).click();
  await page.getByText("The workbook is ready").waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
});

/** "Mon 2026-03-16, 1:40 PM · Dr. Name (P001)" -> serial day, minutes after midnight, provider. */
function parseSlot(label: string): { day: number; minutes: number; provider: string } {
  const m = /(\d{4})-(\d{2})-(\d{2}), (\d{1,2}):(\d{2}) (AM|PM) · .*\(([^)]+)\)$/.exec(label.trim());
  if (!m) throw new Error(`Unexpected slot label: ${label}`);
  const day = Math.round(
    (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / 86_400_000,
  );
  const hours = (Number(m[4]) % 12) + (m[6] === "PM" ? 12 : 0);
  return { day, minutes: hours * 60 + Number(m[5]), provider: m[7] ?? "" };
}

describe("front desk: find a slot and book it through the pane", () => {
  it("books the first free slot from the keyboard, and the workbook holds it without a double booking", async () => {
    const schedule = page.getByRole("region", { name: "Schedule" });
    const provider = schedule.getByLabel("Provider");
    await provider.focus(); // the provider list is read when the user goes to it
    await page.waitForFunction(() => {
      const select = [...document.querySelectorAll("select")].find((s) =>
        s.textContent?.includes("Any active provider"),
      );
      return (select?.options.length ?? 0) > 1;
    });
    await provider.press("ArrowDown"); // the first provider
    await schedule.getByLabel("Visit type").selectOption("New Patient");
    await expect(schedule.getByLabel("Duration (min)").inputValue()).resolves.toBe("40");
    await schedule.getByRole("button", { name: "Find free slots" }).press("Enter");

    const first = schedule.getByRole("radio").first();
    await first.waitFor({ timeout: 60_000 });
    await expect(schedule.getByRole("radio").count()).resolves.toBe(8);
    const label = (await schedule.locator("label").filter({ hasText: " · " }).first().textContent()) ?? "";
    const slot = parseSlot(label);
    expect(slot.day).toBeGreaterThanOrEqual(46097);
    await page.screenshot({ path: join(RESULTS, "front-desk-1-slots.png") });

    await first.focus();
    await page.keyboard.press("Space");
    const ref = schedule.getByLabel(/Patient Ref/);
    await ref.waitFor();
    await page.keyboard.press("Tab"); // to Patient Ref
    await page.keyboard.type("MRN999001");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Exam 9");
    await page.keyboard.press("Enter"); // submits the booking form
    const booked = schedule.getByText(/^Booked A\d+: MRN999001 with /);
    await booked.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(RESULTS, "front-desk-2-booked.png") });
    const id = /^Booked (A\d+)/.exec((await booked.textContent()) ?? "")?.[1] ?? "";

    const saved = await SavedWorkbook.save(page, "front-desk-booked.xlsx");
    const rows = saved.table("Appointments", "Appointments").rows.map((r) => r.values);
    const mine = rows.filter((r) => r["Patient Ref"] === "MRN999001");
    expect(mine).toHaveLength(1);
    const row = mine[0] ?? {};
    expect(row).toMatchObject({
      "Appointment ID": id,
      "Provider ID": slot.provider,
      Status: "Scheduled",
      Type: "New Patient",
      Room: "Exam 9",
      "Duration (min)": 40,
    });
    expect(row["Date"]).toBe(slot.day);
    expect(Math.round(Number(row["Start"]) * 1440)).toBe(slot.minutes);
    expect(rows.filter((r) => r["Appointment ID"] === id)).toHaveLength(1);
    const start = slot.day * 1440 + slot.minutes;
    const overlapping = rows.filter((r) => {
      if (r["Appointment ID"] === id || r["Provider ID"] !== slot.provider || FREED.has(String(r["Status"])))
        return false;
      const from = Number(r["Date"]) * 1440 + Math.round(Number(r["Start"]) * 1440);
      return from < start + 40 && start < from + Number(r["Duration (min)"]);
    });
    expect(overlapping).toEqual([]);
  });
});
