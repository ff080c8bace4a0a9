/**
 * Issue 7 end to end: a practice manager posts a payer's 835 in the standalone app (Chromium) and the
 * workbook's claims, payments and A/R reflect it. First a remittance built here from the sample
 * practice's own open claims (every expected number derived by hand from the amounts chosen), then the
 * public eMedNY samples in ../shared/fixtures/x12. Screenshots of each step go to test-results/.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { serialFromYmd } from "../../src/domain/dates/excel-dates";
import { balanceProblems, readRemittanceFiles } from "../../src/domain/import";
import { BASE_URL, openBrowser, RESULTS, screenshot, type Browser } from "./browser";
import { centsOf, gridRow, gridText, SavedWorkbook, scrollHome, showSheet } from "./support/app-page";
import { build835, money, type SyntheticClaim, type SyntheticLine } from "./support/synthetic-835";

let browser: Browser;
let page: Page;

const SHARED_X12 = join(__dirname, "..", "..", "..", "shared", "fixtures", "x12");
const hasShared = existsSync(join(SHARED_X12, "profee.edi"));
const TRACE = "E2ETRACE0001";
const FILE_NAME = "payer-e2e.835";

const now = new Date();
const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
const todaySerial = serialFromYmd(today.year, today.month, today.day);

const notice = () => page.locator(".pm-notice");
const pane = () => page.locator(".pm-pane");
const insurance = () => pane().getByRole("region", { name: "Insurance payments" });
const fileInput = () => insurance().getByLabel("Remittance files (835)");
const postButton = () => insurance().getByRole("button", { name: "Post payments" });
const remittanceCard = (trace: string) =>
  insurance().getByRole("article", { name: new RegExp(`^Remittance ${trace} `) });

async function loadSample(): Promise<void> {
  await page.getByRole("button", { name: "Load sample practice" }).click();
  await notice().getByText("Sample practice loaded").waitFor({ timeout: 120_000 });
  await page.getByRole("button", { name: "Set up workbook" }).click();
  await page.getByText("The workbook is ready").waitFor({ timeout: 60_000 });
}

/** Refresh summaries, then the "Total A/R" total of the AR Aging sheet as the grid shows it. */
async function refreshedArTotal(): Promise<number> {
  const summaries = pane().getByRole("region", { name: "Summaries" });
  const done = summaries.getByText("Summaries refreshed");
  await summaries.getByRole("button", { name: "Refresh summaries" }).click();
  // A previous run's message goes away when the new run starts (unless it is already done again).
  await done.waitFor({ state: "detached", timeout: 5_000 }).catch(() => undefined);
  await done.waitFor({ timeout: 120_000 });
  await showSheet(page, "AR Aging");
  await scrollHome(page);
  // Find the "Payer | buckets | Total" header and the "Total A/R" row in column A.
  let headerRow = -1;
  let totalRow = -1;
  for (let r = 0; r < 40 && totalRow < 0; r++) {
    const text = await gridText(page, r, 0);
    if (text === "Payer" && headerRow < 0) headerRow = r;
    if (text === "Total A/R") totalRow = r;
  }
  expect({ headerRow: headerRow >= 0, totalRow: totalRow >= 0 }).toEqual({ headerRow: true, totalRow: true });
  let totalCol = -1;
  for (let c = 1; c < 12 && totalCol < 0; c++) {
    if ((await gridText(page, headerRow, c)) === "Total") totalCol = c;
  }
  expect(totalCol).toBeGreaterThan(0);
  return centsOf(await gridText(page, totalRow, totalCol));
}

/** Drops files on an element, as dragging them from the file manager does. */
async function dropFiles(target: Locator, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const list = files.map((f) => ({ name: f.name, base64: f.bytes.toString("base64") }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (ch) => ch.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name));
    }
    return transfer;
  }, list);
  await target.dispatchEvent("dragenter", { dataTransfer });
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}

/** Scrolls the task pane so that `target` is at its top (for the screenshot of that step). */
async function scrollPaneTo(target: Locator): Promise<void> {
  await target.evaluate((element) => element.scrollIntoView({ block: "start" }));
}

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  await page.goto(`${BASE_URL}/app.html`);
  await page.getByRole("grid").waitFor();
  await loadSample();
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------------------------------------------
// Part 1: a remittance paying three of the sample practice's open claims.

interface Chosen {
  readonly claimId: string;
  /** 0-based sheet row of the claim on Claims. */
  readonly sheetRow: number;
  readonly chargeCents: number;
  readonly lines: {
    /** The claim's Service Date (serial), for the contract in effect. */
    serviceDate: number;
    line: number;
    code: string;
    modifiers: string[];
    units: number;
    chargeCents: number;
    sheetRow: number;
  }[];
}

/** The claims chosen, what the 835 says about them, and where Payments stood before posting. */
interface Plan {
  readonly payerId: string;
  readonly payerName: string;
  readonly claims: readonly [Chosen, Chosen, Chosen];
  readonly remit: { claims: SyntheticClaim[] };
  /** Rows of the Payments table before posting, and the sheet row (0-based) of its first one. */
  readonly paymentRows: number;
  readonly paymentsFirstRow: number;
}

const cents = (value: unknown) => Math.round(Number(value) * 100);
const sum = (values: readonly number[]) => values.reduce((t, v) => t + v, 0);

describe("posting a payer's 835 in the standalone app", () => {
  let arBefore = 0;
  let plan: Plan;
  let text = "";

  it("refreshes the summaries of the sample practice: the A/R total before posting", async () => {
    arBefore = await refreshedArTotal();
    expect(arBefore).toBeGreaterThan(0);
    await screenshot(page, "remit-ar-before");
  });

  it("builds an 835 from three open claims of one payer, read from the workbook the app saves", async () => {
    const saved = await SavedWorkbook.save(page, "remit-before.xlsx");
    const claims = saved.table("Claims", "Claims");
    const lines = saved.table("Claim Lines", "ClaimLines");
    const payers = saved.table("Payers", "Payers");
    const payments = saved.table("Payments", "Payments");
    const fees = saved.table("Fee Schedule", "FeeSchedule");

    const idCount = new Map<string, number>();
    for (const c of claims.rows)
      idCount.set(String(c.values["Claim ID"]), (idCount.get(String(c.values["Claim ID"])) ?? 0) + 1);
    const paidClaims = new Set(payments.rows.map((p) => String(p.values["Claim ID"])));
    // Open claims the payer has not answered yet: Accepted, nothing posted, lines adding up to the charge.
    const candidates = claims.rows.flatMap((c): (Chosen & { payerId: string })[] => {
      const v = c.values;
      const id = String(v["Claim ID"]);
      if (v.Status !== "Accepted" || idCount.get(id) !== 1 || paidClaims.has(id)) return [];
      if (v.Paid !== null || v.Adjustment !== null || typeof v["Total Charge"] !== "number") return [];
      const own = lines.rows.filter((l) => l.values["Claim ID"] === id);
      const chargeCents = cents(v["Total Charge"]);
      if (own.length === 0 || sum(own.map((l) => cents(l.values.Charge))) !== chargeCents) return [];
      return [
        {
          claimId: id,
          sheetRow: c.sheetRow,
          chargeCents,
          payerId: String(v["Payer ID"]),
          lines: own.map((l) => ({
            serviceDate: Number(v["Service Date"]),
            line: Number(l.values.Line),
            code: String(l.values.Code),
            modifiers: String(l.values.Modifiers ?? "")
              .split(/[,\s]+/)
              .filter((m) => m !== ""),
            units: Number(l.values.Units ?? 1),
            chargeCents: cents(l.values.Charge),
            sheetRow: l.sheetRow,
          })),
        },
      ];
    });
    // The payer with an X12 id and the most such claims; claim A has two lines or more if possible.
    const byPayer = new Map<string, typeof candidates>();
    for (const c of candidates) byPayer.set(c.payerId, [...(byPayer.get(c.payerId) ?? []), c]);
    const payer = payers.rows
      .map((p) => p.values)
      .filter((p) => typeof p["X12 Payer ID"] === "string" && p["X12 Payer ID"] !== "")
      .sort(
        (a, b) =>
          (byPayer.get(String(b["Payer ID"]))?.length ?? 0) -
          (byPayer.get(String(a["Payer ID"]))?.length ?? 0),
      )[0];
    expect(payer).toBeDefined();
    const own = byPayer.get(String(payer!["Payer ID"])) ?? [];
    expect(own.length).toBeGreaterThanOrEqual(3);

    const payerId = String(payer!["Payer ID"]);
    /** The payer's contracted rate per unit for a code on a date of service, in cents. */
    const contract = (code: string, serviceDate: number): number | null => {
      const row = fees.rows.find(
        ({ values: f }) =>
          f["Payer ID"] === payerId &&
          f.Code === code &&
          Number(f["Effective From"]) <= serviceDate &&
          (f["Effective To"] === null || Number(f["Effective To"]) >= serviceDate),
      );
      return row && typeof row.values["Allowed Amount"] === "number"
        ? cents(row.values["Allowed Amount"])
        : null;
    };
    type Line = Chosen["lines"][number];
    const allowedOf = (l: Line) =>
      Math.min(l.chargeCents, (contract(l.code, l.serviceDate) ?? Math.round(l.chargeCents * 0.8)) * l.units);
    const writesOff = (claim: Chosen) => claim.lines.some((l) => allowedOf(l) < l.chargeCents);
    // A line whose contract the preview can compare the payment with, worth more than $10.00.
    const underpayable = (l: Line) => contract(l.code, l.serviceDate) !== null && allowedOf(l) > 1000;
    // A: the most lines, some paid below the charge; B: a line worth underpaying by $5.00; C: any other.
    const a = [...own].sort((x, y) => y.lines.length - x.lines.length).find(writesOff);
    const b = own.find((claim) => claim !== a && claim.lines.some(underpayable));
    const c = own.find((claim) => claim !== a && claim !== b);
    expect([a, b, c].every((claim) => claim !== undefined)).toBe(true);
    if (!a || !b || !c) return;
    const dearest = b.lines.filter(underpayable).reduce((x, y) => (allowedOf(y) > allowedOf(x) ? y : x));

    // A: paid at the contract less 20% coinsurance (CO-45 write-off, PR-2 owed by the patient).
    const aLines: SyntheticLine[] = a.lines.map((l) => {
      const allowed = allowedOf(l);
      const coinsurance = Math.round(allowed * 0.2);
      return {
        ...l,
        paidCents: allowed - coinsurance,
        adjustments: [
          ...(l.chargeCents > allowed ? [{ group: "CO", reason: "45", cents: l.chargeCents - allowed }] : []),
          { group: "PR", reason: "2", cents: coinsurance },
        ],
      };
    });
    // B: paid in full at the contract, except its dearest line, paid $5.00 below it (an underpayment).
    const bLines: SyntheticLine[] = b.lines.map((l) => {
      const allowed = allowedOf(l) - (l === dearest ? 500 : 0);
      const writeOff = l.chargeCents - allowed;
      return {
        ...l,
        paidCents: allowed,
        adjustments: writeOff > 0 ? [{ group: "CO", reason: "45", cents: writeOff }] : [],
      };
    });
    const remitClaims: SyntheticClaim[] = [
      {
        claimId: a.claimId,
        status: "1",
        chargeCents: a.chargeCents,
        paidCents: sum(aLines.map((l) => l.paidCents)),
        adjustments: [],
        lines: aLines,
      },
      {
        claimId: b.claimId,
        status: "1",
        chargeCents: b.chargeCents,
        paidCents: sum(bLines.map((l) => l.paidCents)),
        adjustments: [],
        lines: bLines,
      },
      // C: denied, not a covered service (CO-50), no service lines.
      {
        claimId: c.claimId,
        status: "4",
        chargeCents: c.chargeCents,
        paidCents: 0,
        adjustments: [{ group: "CO", reason: "50", cents: c.chargeCents }],
        lines: [],
      },
    ];
    text = build835({
      payerName: String(payer!.Name).toUpperCase(),
      payerX12Id: String(payer!["X12 Payer ID"]),
      trace: TRACE,
      paymentDate: today,
      claims: remitClaims,
    });
    writeFileSync(join(RESULTS, FILE_NAME), text);
    // The file is a balanced 835 by the importer's own reader (else the spec, not the app, is wrong).
    const read = readRemittanceFiles([{ name: FILE_NAME, text }]);
    expect(read.problems).toEqual([]);
    expect(read.files[0]?.remittances.map(balanceProblems)).toEqual([[]]);

    plan = {
      payerId,
      payerName: String(payer!.Name),
      claims: [a, b, c],
      remit: { claims: remitClaims },
      paymentRows: payments.rows.length,
      paymentsFirstRow: payments.rows[0]?.sheetRow ?? 1,
    };
  });

  it("previews the file chosen in the Insurance payments panel: payer, trace, totals, claims, adjustments", async () => {
    await fileInput().setInputFiles({ name: FILE_NAME, mimeType: "text/plain", buffer: Buffer.from(text) });
    const card = remittanceCard(TRACE);
    await card.waitFor({ timeout: 60_000 });
    const [a, b, c] = plan.remit.claims as [SyntheticClaim, SyntheticClaim, SyntheticClaim];
    const total = a.paidCents + b.paidCents;
    const content = (await card.textContent()) ?? "";
    // The payer's name as the file spells it, and the Payers row it was matched to (by X12 Payer ID).
    expect(content).toContain(`${plan.payerName.toUpperCase()} (${plan.payerId})`);
    expect(content).toContain(`EFT (ACH) ${money(total)}`);
    expect(content).toContain(TRACE);
    expect(content).toContain(
      `${today.year}-${String(today.month).padStart(2, "0")}-${String(today.day).padStart(2, "0")}`,
    );
    expect(content).toContain("3 claims");

    const claims = card.getByRole("list", { name: "Claims" });
    const item = (id: string) => claims.getByRole("listitem").filter({ hasText: id });
    const co45 = (claim: SyntheticClaim) =>
      sum(
        claim.lines
          .flatMap((l) => l.adjustments)
          .filter((x) => x.reason === "45")
          .map((x) => x.cents),
      );
    const pr2 = sum(
      a.lines
        .flatMap((l) => l.adjustments)
        .filter((x) => x.group === "PR")
        .map((x) => x.cents),
    );
    // A is Paid: the payer settled its part; the coinsurance left is the patient's.
    expect(await item(a.claimId).textContent()).toContain(`${a.claimId}: Accepted → Paid`);
    expect(await item(a.claimId).textContent()).toContain(`CO-45 ${money(co45(a))}`);
    expect(await item(a.claimId).textContent()).toContain(`PR-2 ${money(pr2)}`);
    expect(await item(a.claimId).textContent()).toContain(`Paid ${money(a.paidCents)}`);
    expect(await item(b.claimId).textContent()).toContain(`${b.claimId}: Accepted → Paid`);
    expect(await item(b.claimId).textContent()).toContain(`CO-45 ${money(co45(b))}`);
    expect(await item(c.claimId).textContent()).toContain(`${c.claimId}: Accepted → Denied`);
    expect(await item(c.claimId).textContent()).toContain(`CO-50 ${money(c.chargeCents)}`);
    // B's dearest line is paid $5.00 below the payer's contract.
    expect(content).toContain("short $5.00");
    // The summary: 2 + 1 + 1 payment rows (one per adjustment reason), the two payments' total, the
    // claim lines of A and B (C is denied as a whole, without service lines).
    const lineCount = a.lines.length + b.lines.length;
    expect(await insurance().textContent()).toContain(
      `Posting adds 4 payment rows (${money(total)}) to Payments and updates 3 claims and ${lineCount} claim lines.`,
    );
    // Clean file, known payer, every claim found: nothing to confirm, Post payments is enabled.
    expect(await insurance().getByText("Check before posting").count()).toBe(0);
    expect(await postButton().getAttribute("aria-disabled")).not.toBe("true");
    await scrollPaneTo(insurance());
    await screenshot(page, "remit-preview");
    await scrollPaneTo(card);
    await screenshot(page, "remit-preview-claims");
  });

  it("posts: the three claims updated, four ERA rows appended to Payments with the trace as Reference", async () => {
    await postButton().click();
    const result = insurance().getByText("Payments posted");
    await result.waitFor({ timeout: 60_000 });
    const [a, b, c] = plan.remit.claims as [SyntheticClaim, SyntheticClaim, SyntheticClaim];
    const message = (await insurance().textContent()) ?? "";
    expect(message).toContain(`4 payment rows added to Payments (${money(a.paidCents + b.paidCents)})`);
    expect(message).toContain(
      `3 claims (2 Paid, 1 Denied) and ${a.lines.length + b.lines.length} claim lines updated.`,
    );
    expect(message).toContain("Refresh summaries to see these payments");
    await scrollPaneTo(insurance());
    await screenshot(page, "remit-posted");

    // What the grid shows on Claims, row by row.
    await showSheet(page, "Claims");
    const headers = [
      "Status",
      "Allowed",
      "Paid",
      "Adjustment",
      "Patient Responsibility",
      "Balance",
      "Denial Reason",
    ];
    const cols: number[] = [];
    for (const h of headers) {
      let found = -1;
      for (let col = 0; col < 20 && found < 0; col++) if ((await gridText(page, 0, col)) === h) found = col;
      cols.push(found);
    }
    expect(cols.every((col) => col >= 0)).toBe(true);
    const row = async (chosen: Chosen) => {
      const texts = await gridRow(page, chosen.sheetRow, cols);
      return Object.fromEntries(headers.map((h, i) => [h, texts[i]]));
    };
    const [ca, cb, cc] = plan.claims;
    const adjusted = (claim: SyntheticClaim, group: string) =>
      sum(
        [...claim.adjustments, ...claim.lines.flatMap((l) => l.adjustments)]
          .filter((x) => x.group === group)
          .map((x) => x.cents),
      );
    const allowed = (claim: SyntheticClaim) => claim.chargeCents - adjusted(claim, "CO");
    expect(await row(ca)).toEqual({
      Status: "Paid",
      Allowed: money(allowed(a)),
      Paid: money(a.paidCents),
      Adjustment: money(adjusted(a, "CO")),
      "Patient Responsibility": money(adjusted(a, "PR")),
      // Balance = charge - paid - write-off = what the patient owes.
      Balance: money(adjusted(a, "PR")),
      "Denial Reason": "",
    });
    expect(await row(cb)).toEqual({
      Status: "Paid",
      Allowed: money(allowed(b)),
      Paid: money(b.paidCents),
      Adjustment: money(adjusted(b, "CO")),
      "Patient Responsibility": "$0.00",
      Balance: "$0.00",
      "Denial Reason": "",
    });
    const denied = await row(cc);
    expect(denied).toMatchObject({ Status: "Denied", Paid: "$0.00", Balance: money(c.chargeCents) });
    expect(denied["Denial Reason"]).toMatch(/^CO-50 /);
    // The screenshot shows claim A's row (5 rows below the top) with its status and amounts.
    await gridText(page, ca.sheetRow, cols[0] ?? 0);
    await screenshot(page, "remit-claims-grid");

    // Payments: the appended rows, as the saved file has them (every column), and as the grid shows them.
    const saved = await SavedWorkbook.save(page, "remit-after.xlsx");
    const payments = saved.table("Payments", "Payments");
    expect(payments.rows).toHaveLength(plan.paymentRows + 4);
    const added = payments.rows.slice(plan.paymentRows).map((r) => r.values);
    const co45a = adjusted(a, "CO");
    expect(added).toEqual([
      {
        "Payment ID": `ERA-${TRACE}-1`,
        "Claim ID": a.claimId,
        "Payer ID": plan.payerId,
        "Received On": todaySerial,
        Amount: a.paidCents / 100,
        Method: "EFT",
        Reference: TRACE,
        Source: "ERA",
        "Adjustment Group": "CO",
        "Adjustment Reason": "45",
        "Adjustment Amount": co45a / 100,
      },
      {
        "Payment ID": `ERA-${TRACE}-2`,
        "Claim ID": a.claimId,
        "Payer ID": plan.payerId,
        "Received On": todaySerial,
        Amount: 0,
        Method: "EFT",
        Reference: TRACE,
        Source: "ERA",
        "Adjustment Group": "PR",
        "Adjustment Reason": "2",
        "Adjustment Amount": adjusted(a, "PR") / 100,
      },
      {
        "Payment ID": `ERA-${TRACE}-3`,
        "Claim ID": b.claimId,
        "Payer ID": plan.payerId,
        "Received On": todaySerial,
        Amount: b.paidCents / 100,
        Method: "EFT",
        Reference: TRACE,
        Source: "ERA",
        "Adjustment Group": "CO",
        "Adjustment Reason": "45",
        "Adjustment Amount": adjusted(b, "CO") / 100,
      },
      {
        "Payment ID": `ERA-${TRACE}-4`,
        "Claim ID": c.claimId,
        "Payer ID": plan.payerId,
        "Received On": todaySerial,
        Amount: 0,
        Method: "EFT",
        Reference: TRACE,
        Source: "ERA",
        "Adjustment Group": "CO",
        "Adjustment Reason": "50",
        "Adjustment Amount": c.chargeCents / 100,
      },
    ]);
    await showSheet(page, "Payments");
    const last = plan.paymentsFirstRow + plan.paymentRows + 3;
    const paymentHeaders = payments.headers;
    const shown = await gridRow(page, last, [
      0,
      1,
      paymentHeaders.indexOf("Amount"),
      paymentHeaders.indexOf("Reference"),
      paymentHeaders.indexOf("Source"),
    ]);
    expect(shown).toEqual([`ERA-${TRACE}-4`, c.claimId, "$0.00", TRACE, "ERA"]);
    await screenshot(page, "remit-payments-grid");
  });

  it("after Refresh summaries the AR Aging total has dropped by what was paid and written off", async () => {
    const [a, b] = plan.remit.claims as [SyntheticClaim, SyntheticClaim];
    const writeOff = (claim: SyntheticClaim) =>
      sum(
        claim.lines
          .flatMap((l) => l.adjustments)
          .filter((x) => x.group === "CO")
          .map((x) => x.cents),
      );
    // The denied claim keeps its whole balance in A/R; the patient's coinsurance on A stays (Due Patient).
    const expectedDrop = a.paidCents + writeOff(a) + b.paidCents + writeOff(b);
    const arAfter = await refreshedArTotal();
    expect(arBefore - arAfter).toBe(expectedDrop);
    await screenshot(page, "remit-ar-after");
  });

  it("the same file dropped again: the preview says it was posted before, and nothing is posted", async () => {
    await dropFiles(insurance().getByTestId("remittance-drop-zone"), [
      { name: FILE_NAME, bytes: Buffer.from(text) },
    ]);
    const card = remittanceCard(TRACE);
    await card.getByText("Already posted").waitFor({ timeout: 60_000 });
    // The drop went to the remittance panel only: the app did not try to open the 835 as a workbook.
    expect(await notice().textContent()).not.toContain("Could not open");
    expect(await page.locator(".pm-drop").count()).toBe(0);
    expect(await card.textContent()).toContain("Posted before");
    expect(await insurance().textContent()).toContain("Nothing to post");
    expect(await postButton().getAttribute("aria-disabled")).toBe("true");
    await postButton().click({ force: true });
    const saved = await SavedWorkbook.save(page, "remit-again.xlsx");
    expect(saved.table("Payments", "Payments").rows).toHaveLength(plan.paymentRows + 4);
    await scrollPaneTo(insurance());
    await screenshot(page, "remit-again");
  });
});

// ---------------------------------------------------------------------------------------------------
// Part 2: the public samples (eMedNY-style test ERAs; their claims are not in the sample practice).

const describeShared = hasShared ? describe : describe.skip;
if (!hasShared) {
  console.warn(
    `SKIPPED the public 835 samples: ${SHARED_X12} is absent (the samples live beside the repository, in ../shared).`,
  );
}

describeShared("the public 835 samples in the standalone app", () => {
  const sample = (name: string) => ({
    name,
    mimeType: "text/plain",
    buffer: readFileSync(join(SHARED_X12, name)),
  });

  async function paymentsCount(): Promise<number> {
    return (await SavedWorkbook.save(page, "remit-check.xlsx")).table("Payments", "Payments").rows.length;
  }

  async function confirmAndPost(): Promise<void> {
    const warnings = insurance().getByText("Check before posting");
    await warnings.waitFor();
    expect(await postButton().getAttribute("aria-disabled")).toBe("true");
    await insurance().getByRole("checkbox").check();
    expect(await postButton().getAttribute("aria-disabled")).not.toBe("true");
    await postButton().click();
    await insurance().getByText("Payments posted").waitFor({ timeout: 60_000 });
  }

  it("profee.edi: unmatched claims listed, warnings confirmed, three payment rows posted", async () => {
    const before = await paymentsCount();
    await fileInput().setInputFiles(sample("profee.edi"));
    const card = remittanceCard("10100000000");
    await card.waitFor({ timeout: 60_000 });
    const content = (await card.textContent()) ?? "";
    expect(content).toContain("NYSDOH (new payer NYSDOH)");
    expect(content).toContain("EFT (ACH) $45.75");
    expect(content).toContain("2010-01-01");
    expect(content).toContain("PATIENT ACCOUNT NUMBER: no matching claim");
    expect(content).toContain("CO-29 $34.00");
    expect(content).toContain(
      "Match no claim in Claims (recorded in Payments only): PATIENT ACCOUNT NUMBER ×3",
    );
    const warnings = (await insurance().getByText("Check before posting").locator("..").textContent()) ?? "";
    expect(warnings).toContain("test file");
    expect(warnings).toContain("3 claims match no single row of Claims (PATIENT ACCOUNT NUMBER ×3)");
    expect(await insurance().textContent()).toContain(
      "Posting adds 3 payment rows ($45.75) to Payments; it updates no claims.",
    );
    await scrollPaneTo(insurance());
    await screenshot(page, "profee-preview");
    await scrollPaneTo(card);
    await screenshot(page, "profee-preview-claims");
    await confirmAndPost();
    const result = (await insurance().textContent()) ?? "";
    expect(result).toContain("3 payment rows added to Payments ($45.75)");
    expect(result).toContain("No claim updated.");
    expect(result).toContain("3 claim payments matched no claim: recorded in Payments only");
    expect(result).toContain("1 payer added to Payers: NYSDOH");
    await scrollPaneTo(insurance());
    await screenshot(page, "profee-posted");
    expect(await paymentsCount()).toBe(before + 3);
  });

  it("oneLine-2-ISA.edi into the sample practice saved before any posting: the repeated interchange is posted once", async () => {
    // A fresh copy of the practice (profee.edi was the same payment: same payer and trace number),
    // opened by dropping the saved .xlsx on the grid (the remittance zone keeps only its own drops).
    await dropFiles(page.getByRole("grid"), [
      { name: "remit-before.xlsx", bytes: readFileSync(join(RESULTS, "remit-before.xlsx")) },
    ]);
    await notice().getByText("Opened remit-before.xlsx").waitFor({ timeout: 60_000 });
    const before = await paymentsCount();
    await fileInput().setInputFiles(sample("oneLine-2-ISA.edi"));
    const cards = insurance().getByRole("article");
    await cards.first().waitFor({ timeout: 60_000 });
    expect(await cards.count()).toBe(2);
    expect(await cards.nth(0).textContent()).toContain("To post");
    expect(await cards.nth(1).textContent()).toContain("Repeated in this import");
    expect(await cards.nth(0).textContent()).toContain("EFT (ACH) $1,481.99");
    expect(await cards.nth(0).textContent()).toContain("CO-39 $137.48");
    expect(await cards.nth(0).textContent()).toContain("PR-142 $805.00");
    await scrollPaneTo(insurance());
    await screenshot(page, "oneline-preview");
    await confirmAndPost();
    const result = (await insurance().textContent()) ?? "";
    expect(result).toContain("2 payment rows added to Payments ($1,481.99)");
    expect(result).toContain("1 remittance skipped: posted before or repeated.");
    await scrollPaneTo(insurance());
    await screenshot(page, "oneline-posted");
    expect(await paymentsCount()).toBe(before + 2);
  });

  it("errorISA.edi: a clear error naming the segment, and nothing to post", async () => {
    const before = await paymentsCount();
    await fileInput().setInputFiles(sample("errorISA.edi"));
    const error = insurance().getByText("errorISA.edi cannot be imported");
    await error.waitFor();
    const text = (await error.locator("..").textContent()) ?? "";
    expect(text).toContain("IEA control number 006000600 does not match ISA control number 106000600");
    expect(text).toContain("segment 35 (IEA)");
    expect(text).toContain("Nothing was posted.");
    expect(await postButton().count()).toBe(0);
    await scrollPaneTo(insurance());
    await screenshot(page, "error-isa");
    expect(await paymentsCount()).toBe(before);
  });
});

describe("the session", () => {
  it("threw no errors in the page and made no request to another origin", () => {
    const origin = new URL(BASE_URL).origin;
    expect(
      browser.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url)),
    ).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
