import { CATALOG, type TableSpec } from "../../../src/domain/catalog";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";
import type {
  ClaimLineRow,
  ClaimRow,
  FeeRow,
  PayerRow,
  PaymentRow,
  RemittancePlan,
  RemittanceWorkbook,
} from "../../../src/domain/import";

/** Typed rows with every catalog key present (null unless given), as the table reader returns them. */
function rowOf<Row>(spec: TableSpec, values: Partial<Row>): Row {
  const row: Record<string, unknown> = {};
  for (const column of spec.columns) row[column.key] = null;
  return { ...row, ...values } as Row;
}

export const payer = (v: Partial<PayerRow>) => rowOf<PayerRow>(CATALOG.Payers, v);
export const claim = (v: Partial<ClaimRow>) => rowOf<ClaimRow>(CATALOG.Claims, { status: "Submitted", ...v });
export const line = (v: Partial<ClaimLineRow>) => rowOf<ClaimLineRow>(CATALOG.ClaimLines, { units: 1, ...v });
export const fee = (v: Partial<FeeRow>) => rowOf<FeeRow>(CATALOG.FeeSchedule, v);
export const payment = (v: Partial<PaymentRow>) => rowOf<PaymentRow>(CATALOG.Payments, v);

export const d = serialFromYmd;

/** The practice the synthetic 835s in test/fixtures/x12 were written for. */
export function practiceWorkbook(): RemittanceWorkbook {
  return {
    payers: [
      payer({ payerId: "AETNA", name: "Aetna", type: "Commercial", x12PayerId: "60054" }),
      payer({ payerId: "BCBS", name: "Blue Cross", type: "Commercial", x12PayerId: "BCBS01" }),
      payer({ payerId: "MCR", name: "Medicare Part B", type: "Medicare" }),
    ],
    claims: [
      claim({ claimId: "C1001", payerId: "AETNA", serviceDate: d(2026, 1, 5), totalCharge: 250 }),
      claim({ claimId: "C1002", payerId: "AETNA", serviceDate: d(2025, 6, 1), totalCharge: 120 }),
      claim({ claimId: "C1003", payerId: "AETNA", serviceDate: d(2026, 1, 6), totalCharge: 300 }),
      claim({ claimId: "C2001", payerId: "BCBS", serviceDate: d(2026, 1, 10), totalCharge: 130 }),
      claim({ claimId: "C2002", payerId: "BCBS", serviceDate: d(2026, 1, 11), totalCharge: 80 }),
      // Primary already posted by hand: 20 paid, 40 left to the secondary.
      claim({
        claimId: "C2003",
        payerId: "BCBS",
        serviceDate: d(2026, 1, 12),
        totalCharge: 60,
        status: "Partially Paid",
        allowed: 60,
        paid: 20,
        adjustment: 0,
        patientResponsibility: 40,
        lastActivity: d(2026, 1, 20),
      }),
      claim({ claimId: "C3001", payerId: "MCR", serviceDate: d(2026, 1, 13), totalCharge: 100 }),
    ],
    claimLines: [
      line({ claimId: "C1001", line: 1, code: "99213", modifiers: "25", charge: 150 }),
      line({ claimId: "C1001", line: 2, code: "36415", charge: 100 }),
      line({ claimId: "C2001", line: 1, code: "99214", modifiers: "25, 59", charge: 130 }),
      line({ claimId: "C1003", line: 1, code: "99214", charge: 300 }),
    ],
    feeSchedule: [
      fee({
        payerId: "AETNA",
        code: "99213",
        allowedAmount: 120,
        effectiveFrom: d(2025, 1, 1),
        effectiveTo: d(2025, 12, 31),
      }),
      fee({ payerId: "AETNA", code: "99213", allowedAmount: 135, effectiveFrom: d(2026, 1, 1) }),
      fee({
        payerId: "AETNA",
        code: "99213",
        modifier: "25",
        allowedAmount: 140,
        effectiveFrom: d(2026, 2, 1),
      }),
      fee({ payerId: "AETNA", code: "36415", allowedAmount: 60 }),
      fee({ payerId: "BCBS", code: "99214", allowedAmount: 100 }),
      fee({ payerId: "BCBS", code: "99214", modifier: "59", allowedAmount: 115 }),
    ],
    payments: [],
  };
}

/** What posting a plan does to the rows (the Excel layer does the same to the tables). */
export function applyPlan(workbook: RemittanceWorkbook, plan: RemittancePlan): RemittanceWorkbook {
  const claims = [...workbook.claims];
  for (const u of plan.claimUpdates) claims[u.index] = { ...(claims[u.index] as ClaimRow), ...u.values };
  const claimLines = [...workbook.claimLines];
  for (const u of plan.lineUpdates)
    claimLines[u.index] = { ...(claimLines[u.index] as ClaimLineRow), ...u.values };
  return {
    ...workbook,
    payers: [...workbook.payers, ...plan.newPayers],
    claims,
    claimLines,
    payments: [...workbook.payments, ...plan.newPayments],
  };
}
