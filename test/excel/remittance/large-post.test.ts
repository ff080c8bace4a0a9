import { readRemittanceFile, type RemittanceWorkbook } from "../../../src/domain/import";
import { postRemittances } from "../../../src/excel/remittance";
import { claim, d, line, payer } from "../../domain/import/workbook-builders";
import { readBack } from "./read-back";
import { practiceHost } from "./seed";

/**
 * A big remittance against a big workbook, with a small request budget so that the post needs many
 * syncs: every request and response stays within the budget, and a failure in the middle of the
 * writes is fully undone.
 */
const CLAIMS = 600;
const BUDGET = 48 * 1024;

const claimId = (i: number) => `L${String(i).padStart(5, "0")}`;

function workbook(): RemittanceWorkbook {
  const ids = Array.from({ length: CLAIMS }, (_, i) => claimId(i));
  return {
    payers: [payer({ payerId: "AETNA", name: "Aetna", x12PayerId: "60054" })],
    claims: ids.map((id) =>
      claim({ claimId: id, payerId: "AETNA", serviceDate: d(2026, 1, 5), totalCharge: 100 }),
    ),
    claimLines: ids.map((id) => line({ claimId: id, line: 1, code: "99213", charge: 100 })),
    feeSchedule: [],
    payments: [],
  };
}

/** Pays every other claim: 100 charged, 70 paid, CO-45 20, PR-2 10 (scattered rows, many blocks). */
function remittanceText(): string {
  const body: string[] = [
    "BPR*C*PAID*C*ACH*CCP*01*999999999*DA*123456*1999999999**01*888888888*DA*654321*20260115",
    "TRN*1*BIGEFT1*1999999999",
    "N1*PR*AETNA HEALTH*XV*60054",
    "N1*PE*MAIN STREET FAMILY MEDICINE*XX*1234567893",
    "LX*1",
  ];
  let paid = 0;
  for (let i = 0; i < CLAIMS; i += 2) {
    body.push(
      `CLP*${claimId(i)}*1*100*70*10*12*X${i}*11*1`,
      "SVC*HC:99213*100*70**1",
      "CAS*CO*45*20",
      "CAS*PR*2*10",
    );
    paid += 70;
  }
  body[0] = (body[0] ?? "").replace("PAID", String(paid));
  const st = ["ST*835*0001", ...body];
  const segments = [
    "ISA*00*          *00*          *ZZ*PAYERSENDER    *ZZ*PRACTICE       *260115*0900*^*00501*000000900*0*P*:",
    "GS*HP*PAYERSENDER*PRACTICE*20260115*0900*900*X*005010X221A1",
    ...st,
    `SE*${st.length + 1}*0001`,
    "GE*1*900",
    "IEA*1*000000900",
  ];
  return `${segments.join("~\n")}~`;
}

const files = () => [readRemittanceFile("big.835", remittanceText())];

test("a large post stays within the request budget and posts everything", async () => {
  const host = await practiceHost(workbook());
  const outcome = await postRemittances(host.run, files(), { today: d(2026, 3, 1), maxBytes: BUDGET });
  expect(outcome).toMatchObject({
    kind: "posted",
    paymentsAdded: CLAIMS,
    claimsUpdated: CLAIMS / 2,
    linesUpdated: CLAIMS / 2,
  });
  expect(host.stats.syncs).toBeGreaterThan(4);
  expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(BUDGET);
  expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(BUDGET);

  const { claims, claimLines, payments } = await readBack(host);
  expect(claims[0]).toMatchObject({
    paid: 70,
    adjustment: 20,
    allowed: 80, // 70 paid + 10 patient (100 - CO-45 20)
    patientResponsibility: 10,
    status: "Paid", // 100 - 70 - 20 = 10 left, the patient's
  });
  expect(claims[1]).toMatchObject({ paid: null, status: "Submitted" });
  expect(claims[CLAIMS - 2]).toMatchObject({ paid: 70, status: "Paid" });
  expect(claimLines[CLAIMS - 2]).toMatchObject({ allowed: 80, paid: 70 });
  expect(payments).toHaveLength(CLAIMS);
});

test("a failure in the middle of a many-sync post leaves the workbook exactly as it was", async () => {
  const probe = await practiceHost(workbook());
  await postRemittances(probe.run, files(), { today: d(2026, 3, 1), maxBytes: BUDGET });
  const syncs = probe.stats.syncs;

  const host = await practiceHost(workbook());
  const before = host.snapshot();
  // The last sync writes; the one before it writes too when the writes need more than one request.
  host.failSync(syncs - 1, { code: "GeneralException", message: "connection lost" });
  await expect(
    postRemittances(host.run, files(), { today: d(2026, 3, 1), maxBytes: BUDGET }),
  ).rejects.toThrow("nothing was posted");
  expect(host.snapshot()).toBe(before);
});
