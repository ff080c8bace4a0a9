/** Create draft claims and Log follow-up against the in-memory host (Office.js API only). */
import { CATALOG } from "../../src/domain/catalog";
import { serialFromYmd } from "../../src/domain/dates/excel-dates";
import {
  createDraftClaims,
  DraftsOutdatedError,
  previewDraftClaims,
} from "../../src/excel/revenue-cycle/draft-claims";
import { generateAppealLetter } from "../../src/excel/revenue-cycle/appeal-letter";
import { logFollowUp, selectedClaimId } from "../../src/excel/revenue-cycle/follow-up";
import { saveUnbilledAfterDays } from "../../src/excel/revenue-cycle/settings";
import { setupWorkbook } from "../../src/excel/setup";
import { appendRows, readTable } from "../../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../../src/host";
import { sheetContents } from "./table-io/helpers";

const d = serialFromYmd;
const TODAY = d(2026, 3, 2);

async function practice(): Promise<ExcelHost> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  await host.run(async (context) => {
    await appendRows(context, "Claims", [
      {
        "Claim ID": "CLM000041",
        "Patient Ref": "MRN1",
        "Payer ID": "AETNA",
        "Provider ID": "P1",
        "Service Date": d(2026, 1, 5),
        "Total Charge": 100,
        Status: "Denied",
      },
    ]);
    await appendRows(context, "Appointments", [
      {
        "Appointment ID": "A1",
        Date: d(2026, 1, 5),
        "Provider ID": "P1",
        "Patient Ref": "MRN1",
        Status: "Completed",
      },
      {
        "Appointment ID": "A2",
        Date: d(2026, 2, 20),
        "Provider ID": "P1",
        "Patient Ref": "MRN1",
        Status: "Completed",
      },
      {
        "Appointment ID": "A3",
        Date: d(2026, 2, 27),
        "Provider ID": "P2",
        "Patient Ref": "MRN2",
        Status: "Arrived",
      },
      {
        "Appointment ID": "A4",
        Date: d(2026, 3, 1),
        "Provider ID": "P2",
        "Patient Ref": "MRN3",
        Status: "Completed",
      },
    ]);
  });
  return host;
}

const rowsOf = (host: ExcelHost, table: "Claims" | "Appointments" | "ClaimActivity") =>
  host.run(async (context) => {
    const data = await readTable(context, table);
    return data?.typedRows(CATALOG[table]) ?? [];
  });

describe("Create draft claims", () => {
  it("previews one Draft claim per unbilled visit, then appends them and links the appointments", async () => {
    const host = await practice();
    const before = host.snapshot();
    const preview = await previewDraftClaims(host.run, TODAY);
    expect(host.snapshot()).toBe(before); // the preview writes nothing
    expect(preview.drafts.map((x) => [x.appointmentId, x.row["Claim ID"], x.row["Payer ID"]])).toEqual([
      ["A2", "CLM000042", "AETNA"], // 10 days old; payer from MRN1's claim
      ["A3", "CLM000043", ""], // 3 days old; MRN2 has no claim to take a payer from
    ]);
    host.resetStats();
    expect(await createDraftClaims(host.run, preview)).toEqual({ claimsAdded: 2 });
    const claims = await rowsOf(host, "Claims");
    expect(claims.map((c) => [c.claimId, c.status, c.serviceDate])).toEqual([
      ["CLM000041", "Denied", d(2026, 1, 5)],
      ["CLM000042", "Draft", d(2026, 2, 20)],
      ["CLM000043", "Draft", d(2026, 2, 27)],
    ]);
    expect((await rowsOf(host, "Appointments")).map((a) => a.claimId)).toEqual([
      null,
      "CLM000042",
      "CLM000043",
      null,
    ]);
    // nothing left to bill
    expect((await previewDraftClaims(host.run, TODAY)).drafts).toEqual([]);
  });

  it("follows the workbook's unbilled-after setting", async () => {
    const host = await practice();
    await saveUnbilledAfterDays(host.run, 1);
    expect((await previewDraftClaims(host.run, TODAY)).drafts.map((x) => x.appointmentId)).toEqual([
      "A2",
      "A3",
      "A4",
    ]);
  });

  it("writes nothing when the workbook changed since the preview", async () => {
    const host = await practice();
    const preview = await previewDraftClaims(host.run, TODAY);
    await host.run(async (context) => {
      await appendRows(context, "Claims", [
        {
          "Claim ID": "X1",
          "Patient Ref": "MRN2",
          "Payer ID": "MCR",
          "Provider ID": "P2",
          "Service Date": d(2026, 2, 27),
          "Total Charge": 50,
          Status: "Draft",
        },
      ]);
    });
    const before = host.snapshot();
    await expect(createDraftClaims(host.run, preview)).rejects.toBeInstanceOf(DraftsOutdatedError);
    expect(host.snapshot()).toBe(before);
  });
});

describe("Log follow-up", () => {
  it("appends a Claim Activity row and sets the claim's Follow-up On, Owner and appeal columns", async () => {
    const host = await practice();
    await logFollowUp(host.run, {
      claimId: "clm000041",
      date: TODAY,
      by: "KM",
      action: "Appeal Filed",
      note: "Sent records with the appeal",
      nextFollowUp: d(2026, 3, 30),
    });
    const activity = await rowsOf(host, "ClaimActivity");
    expect(activity).toEqual([
      expect.objectContaining({
        claimId: "CLM000041",
        date: TODAY,
        by: "KM",
        action: "Appeal Filed",
        note: "Sent records with the appeal",
        nextFollowUp: d(2026, 3, 30),
      }),
    ]);
    const [claim] = await rowsOf(host, "Claims");
    expect(claim).toMatchObject({
      followUpOn: d(2026, 3, 30),
      owner: "KM",
      lastActivity: TODAY,
      appealFiledOn: TODAY,
      appealOutcome: "Pending",
      status: "Appealed",
    });
  });

  it("refuses an unknown claim and writes nothing", async () => {
    const host = await practice();
    const before = host.snapshot();
    await expect(
      logFollowUp(host.run, { claimId: "NOPE", date: TODAY, by: "KM", action: "Note", note: "" }),
    ).rejects.toThrow("No claim NOPE in Claims.");
    expect(host.snapshot()).toBe(before);
  });

  it("takes the claim from the selected cell, or from column A of its row", async () => {
    const host = await practice();
    const select = (address: string) =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Claims").getRange(address).select();
        await context.sync();
      });
    await select("D2");
    expect(await selectedClaimId(host.run)).toBe("CLM000041");
    await select("A2");
    expect(await selectedClaimId(host.run)).toBe("CLM000041");
    await select("A5");
    expect(await selectedClaimId(host.run)).toBeNull();
  });
});

describe("Appeal letter", () => {
  it("generates a printable sheet for the claim and asks before replacing a user's edits", async () => {
    const host = await practice();
    await host.run(async (context) => {
      await appendRows(context, "Payers", [{ "Payer ID": "AETNA", Name: "Aetna", "X12 Payer ID": "60054" }]);
      await appendRows(context, "ClaimLines", [
        { "Claim ID": "CLM000041", Line: 1, Code: "99214", Units: 1, Charge: 100 },
      ]);
    });
    await logFollowUp(host.run, { claimId: "CLM000041", date: TODAY, by: "KM", action: "Note", note: "x" });
    await host.run(async (context) => {
      const claims = context.workbook.tables.getItem("Claims");
      claims.columns.getItem("Denial Reason").getDataBodyRange().values = [
        ["CO-197 precertification absent"],
      ];
      await context.sync();
    });
    const first = await generateAppealLetter(host.run, "CLM000041", { asOf: TODAY });
    expect(first).toMatchObject({
      status: "done",
      sheets: [{ id: "appealLetter", sheet: "Appeal Letter", action: "created" }],
    });
    const text = (await sheetContents(host, "Appeal Letter"))?.values.flat() ?? [];
    expect(text).toContain("Request for reconsideration of claim CLM000041");
    expect(text).toContain("CO-197: Precertification or authorization absent");
    expect(text).toContain("Aetna (payer ID 60054)");
    expect(text).toContain("99214");

    await host.edit("Appeal Letter", "B40", [["Our argument: the visit was urgent."]]);
    const before = host.snapshot();
    const again = await generateAppealLetter(host.run, "CLM000041", { asOf: TODAY });
    expect(again.status).toBe("needsDecision");
    expect(host.snapshot()).toBe(before);
    const kept = await generateAppealLetter(host.run, "CLM000041", { asOf: TODAY, edited: "keepCopy" });
    expect(kept).toMatchObject({
      status: "done",
      sheets: [{ action: "keptCopy", keptAs: "Appeal Letter (edited)" }],
    });
  });
});
