/**
 * Issue 15 end to end: in the standalone app (Chromium), the sample practice has one provider whose
 * State License lapsed 10 days ago (a planted fault). Validate marks that provider's next appointment
 * (its Provider ID cell gets the error fill) and lists the lapsed license, while an appointment of the
 * same provider from before the lapse stays unmarked. Which provider and which rows is read from the
 * saved workbook, independently of the validation code.
 */
import type { Page } from "playwright-core";
import { serialFromLocalDate } from "../../src/domain/dates/excel-dates";
import { BASE_URL, openBrowser, screenshot, type Browser } from "./browser";
import { gridText, SavedWorkbook, showSheet, type SavedTable } from "./support/app-page";

let browser: Browser;
let page: Page;

const notice = () => page.locator(".pm-notice");
const today = serialFromLocalDate(new Date());
const BOOKED = ["Scheduled", "Confirmed", "Arrived", "In Room", "Completed"];
/** The error mark's fill (src/excel/validation/marks.ts: #FFC7CE) as the browser reports it. */
const ERROR_FILL = "rgb(255, 199, 206)";

const num = (value: unknown): number => (typeof value === "number" ? value : Number.NaN);

/** The provider whose latest State License ended before today. */
function lapsedProvider(credentials: SavedTable, providers: SavedTable): { id: string; expired: number } {
  const ids = new Set(providers.rows.map((r) => String(r.values["Provider ID"])));
  const latest = new Map<string, number>();
  for (const r of credentials.rows) {
    if (r.values.Type !== "State License") continue;
    const id = String(r.values["Person ID"]);
    latest.set(id, Math.max(latest.get(id) ?? -Infinity, num(r.values["Expires On"])));
  }
  const lapsed = [...latest].filter(([id, end]) => ids.has(id) && end < today);
  expect(lapsed).toHaveLength(1);
  const [id, expired] = lapsed[0]!;
  return { id, expired };
}

/** Booked appointments of one provider, in date and time order. */
function bookedOf(appointments: SavedTable, provider: string) {
  return appointments.rows
    .filter((r) => r.values["Provider ID"] === provider && BOOKED.includes(String(r.values.Status)))
    .map((r) => ({ sheetRow: r.sheetRow, date: num(r.values.Date), start: num(r.values.Start) }))
    .sort((a, b) => a.date - b.date || a.start - b.start);
}

async function fillOf(row: number, col: number): Promise<string> {
  await gridText(page, row, col); // scrolls the cell into view
  return page.locator(`#pm-cell-${row}-${col}`).evaluate((cell) => getComputedStyle(cell).backgroundColor);
}

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  await page.goto(`${BASE_URL}/app.html`);
  await page.getByRole("grid").waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe("an expired license in the standalone app", () => {
  it("marks the provider's next appointment and lists the lapsed license; earlier visits stay unmarked", async () => {
    await page.getByRole("button", { name: "Load sample practice" }).click();
    await notice().getByText("Sample practice loaded").waitFor({ timeout: 120_000 });
    const saved = await SavedWorkbook.save(page, "credentials-sample.xlsx");
    const appointments = saved.table("Appointments", "Appointments");
    const { id, expired } = lapsedProvider(
      saved.table("Credentials", "Credentials"),
      saved.table("Providers", "Providers"),
    );
    const booked = bookedOf(appointments, id);
    const next = booked.find((a) => a.date >= today);
    const before = [...booked].reverse().find((a) => a.date <= expired);
    expect(next).toBeDefined();
    expect(before).toBeDefined();
    const col = appointments.headers.indexOf("Provider ID");

    await page.getByRole("button", { name: "Validate", exact: true }).click();
    const license = page.getByRole("button", { name: new RegExp(`${id}'s State License expired on`) });
    await license.first().waitFor({ timeout: 90_000 });

    await showSheet(page, "Appointments");
    expect(await gridText(page, next!.sheetRow, col)).toBe(id);
    await page.waitForFunction(
      ({ row, col, fill }) => {
        const cell = document.getElementById(`pm-cell-${row}-${col}`);
        return cell !== null && getComputedStyle(cell).backgroundColor === fill;
      },
      { row: next!.sheetRow, col, fill: ERROR_FILL },
      { timeout: 30_000 },
    );
    await screenshot(page, "expired-license-next-appointment");
    expect(await fillOf(before!.sheetRow, col)).not.toBe(ERROR_FILL);
    expect(browser.pageErrors).toEqual([]);
  });
});
