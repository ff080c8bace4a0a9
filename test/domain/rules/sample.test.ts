import { validateWorkbook } from "../../../src/domain/rules";
import { DEFAULT_AS_OF, generatePractice } from "../../../src/domain/sample";

describe("validating the sample practice", () => {
  it("raises no error on the clean sample (warnings about what is due soon are expected)", () => {
    const findings = validateWorkbook(generatePractice({ providers: 3, months: 6 }), { asOf: DEFAULT_AS_OF });
    expect(
      findings
        .filter((f) => f.severity === "error")
        .map((f) => `${f.table}#${f.rowIndex} ${f.header}: ${f.message}`),
    ).toEqual([]);
    expect(findings.filter((f) => f.ruleId === "appointments.unbilled").length).toBeGreaterThan(0);
    for (const f of findings) {
      expect([
        "training.required-expired",
        "contracts.notice-window",
        "inventory.lot-expiry",
        "claims.timely-filing",
        "schedule.outside-hours",
        "credentials.expiry",
        "appointments.unbilled", // the sample leaves a few recent visits unbilled on purpose
      ]).toContain(f.ruleId);
    }
  });

  it("reports each planted error on its cell, with the rule meant for it", () => {
    const practice = generatePractice({ plantErrors: true, providers: 3, months: 6 });
    const findings = validateWorkbook(practice, { asOf: DEFAULT_AS_OF });
    const expectedRule: Record<string, string> = {
      "invalid-npi": "code.npi",
      "malformed-cpt": "code.procedure",
      "bad-icd10": "code.icd10",
      "double-booking": "schedule.provider-double-booked",
      "lines-total-mismatch": "claims.lines-total",
      "paid-over-allowed": "claims.amounts-order",
      "denied-without-reason": "claims.denial-reason",
      "negative-on-hand": "cell.min",
      "reorder-above-par": "inventory.reorder-par",
      "expired-lot": "inventory.lot-expiry",
      "po-received-before-ordered": "purchase-orders.received-before-ordered",
      "contract-end-before-start": "contracts.end-after-start",
      "duplicate-budget-row": "key.unique",
      "expense-account-not-budgeted": "ref.exists",
      "expired-required-training": "training.required-expired",
      "overdue-records-request": "records-requests.overdue",
      "duplicate-claim-id": "key.unique",
      "missing-provider": "ref.exists",
      "excel-error": "cell.error-value",
      "date-as-text": "cell.type",
      "expired-license": "credentials.expiry",
      "missed-breach-notice": "incidents.deadline",
    };
    expect(practice.plantedErrors.map((p) => p.kind).sort()).toEqual(Object.keys(expectedRule).sort());
    for (const planted of practice.plantedErrors) {
      const rules = findings
        .filter(
          (f) => f.table === planted.table && f.rowIndex === planted.rowIndex && f.header === planted.header,
        )
        .map((f) => f.ruleId);
      expect([planted.kind, rules]).toEqual([
        planted.kind,
        expect.arrayContaining([expectedRule[planted.kind]]),
      ]);
    }
  });
});
