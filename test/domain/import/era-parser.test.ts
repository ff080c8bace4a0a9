import { serialFromYmd } from "../../../src/domain/dates/excel-dates";
import { X12ParseError, balanceProblems, parse835 } from "../../../src/domain/import";
import { fixture } from "./x12-fixtures";

describe("835 model from full-remit.835", () => {
  const [remittance] = parse835(fixture("full-remit.835"));
  if (!remittance) throw new Error("no remittance");
  const [c1001, c1002, c1003] = remittance.claims;

  test("payment header: BPR, TRN, DTM*405, payer and payee", () => {
    expect(remittance.handling).toBe("C");
    expect(remittance.totalPaid).toBe(350.25);
    expect(remittance.methodCode).toBe("ACH");
    expect(remittance.paymentDate).toBe(serialFromYmd(2026, 1, 15));
    expect(remittance.traceNumber).toBe("EFT20260115A");
    expect(remittance.traceOriginator).toBe("1999999999");
    expect(remittance.productionDate).toBe(serialFromYmd(2026, 1, 14));
    expect(remittance.payer).toEqual({
      name: "AETNA HEALTH",
      idQualifier: "XV",
      id: "60054",
      otherIds: ["60054"],
    });
    expect(remittance.payee).toEqual({
      name: "MAIN STREET FAMILY MEDICINE",
      idQualifier: "XX",
      id: "1234567893",
      otherIds: ["371234567"],
    });
    expect(remittance.isTest).toBe(false);
  });

  test("claims: CLP amounts, patient, statement dates, coverage amount", () => {
    expect(
      remittance.claims.map((c) => [c.claimId, c.statusCode, c.charge, c.paid, c.patientResponsibility]),
    ).toEqual([
      ["C1001", "1", 250, 160, 40],
      ["C1002", "4", 120, 0, 0],
      ["C1003", "1", 300, 200, 46],
    ]);
    expect(c1001?.patient).toEqual({ last: "DOE", first: "JANE", id: "W123456789" });
    expect(c1001?.payerClaimNumber).toBe("AET0001");
    expect(c1001?.statementFrom).toBe(serialFromYmd(2026, 1, 5));
    expect(c1001?.statementTo).toBe(serialFromYmd(2026, 1, 5));
    expect(c1001?.coverageAmount).toBe(200);
  });

  test("service lines: composite procedure with modifier, date, allowed, line control, remarks", () => {
    const [first, second] = c1001?.lines ?? [];
    expect(first?.procedure).toEqual({ qualifier: "HC", code: "99213", modifiers: ["25"] });
    expect([first?.charge, first?.paid, first?.units]).toEqual([150, 100, 1]);
    expect(first?.serviceDate).toBe(serialFromYmd(2026, 1, 5));
    expect(first?.allowedAmount).toBe(130);
    expect(first?.lineControl).toBe("1");
    expect(first?.remarks).toEqual(["N130"]);
    expect(second?.procedure).toEqual({ qualifier: "HC", code: "36415", modifiers: [] });
  });

  test("CAS with several triplets, at line and claim level", () => {
    expect(c1001?.adjustments).toEqual([]);
    expect(c1001?.lines[0]?.adjustments).toEqual([
      { group: "CO", reason: "45", amount: 20, quantity: null },
      { group: "PR", reason: "1", amount: 20, quantity: 1 },
      { group: "PR", reason: "2", amount: 10, quantity: null },
    ]);
    expect(c1002?.adjustments).toEqual([{ group: "CO", reason: "29", amount: 120, quantity: null }]);
    expect(c1003?.adjustments).toEqual([
      { group: "CO", reason: "45", amount: 50, quantity: null },
      { group: "CO", reason: "253", amount: 4, quantity: null },
      { group: "PR", reason: "2", amount: 46, quantity: null },
    ]);
  });

  test("PLB provider adjustments keep the X12 sign (positive = withheld)", () => {
    expect(remittance.providerAdjustments.map((p) => [p.provider, p.reason, p.reference, p.amount])).toEqual([
      ["1234567893", "L6", "INT001", -5.25],
      ["1234567893", "WO", "OVP001", 15],
    ]);
  });

  test("the file balances", () => {
    expect(balanceProblems(remittance)).toEqual([]);
  });
});

describe("other synthetic files", () => {
  test("custom delimiters: composite SVC01 split on the ISA16 component separator", () => {
    const [remittance] = parse835(fixture("custom-delimiters.edi"));
    expect(remittance?.payer.name).toBe("BLUE CROSS");
    expect(remittance?.claims[0]?.lines[0]?.procedure).toEqual({
      qualifier: "HC",
      code: "99214",
      modifiers: ["25", "59"],
    });
    expect(remittance?.claims[0]?.lines[0]?.allowedAmount).toBe(110);
  });

  test("multi-envelope: three remittances in file order, numbered 1..3", () => {
    const remittances = parse835(fixture("multi-envelope.edi"));
    expect(
      remittances.map((r) => [r.transactionNumber, r.traceNumber, r.methodCode, r.totalPaid, r.payer.id]),
    ).toEqual([
      [1, "CHK1001", "CHK", 50, "BCBS01"],
      [2, "CHK1002", "CHK", 40, "BCBS01"],
      [3, "EFT20260126C", "ACH", 75, "MCR01"],
    ]);
  });

  test("reversal: negative amounts are read as negative", () => {
    const [remittance] = parse835(fixture("reversal.835"));
    const [reversal, correction] = remittance?.claims ?? [];
    expect([reversal?.statusCode, reversal?.charge, reversal?.paid, reversal?.patientResponsibility]).toEqual(
      ["22", -250, -160, -40],
    );
    expect(reversal?.lines[0]?.units).toBe(-1);
    expect([correction?.statusCode, correction?.paid]).toEqual(["1", 180]);
    expect(balanceProblems(remittance ?? fail())).toEqual([]);
  });

  test("text that looks like a formula is kept exactly as written", () => {
    const [remittance] = parse835(fixture("formula-payer.835"));
    expect(remittance?.payer.name).toBe('=HYPERLINK("http://example.invalid","Pay")');
    expect(remittance?.traceNumber).toBe("=1+1");
  });
});

function fail(): never {
  throw new Error("missing");
}

describe("bad 835 content is named with its segment", () => {
  const base = fixture("full-remit.835");
  function errorFor(text: string): X12ParseError {
    try {
      parse835(text);
    } catch (error) {
      if (error instanceof X12ParseError) return error;
      throw error;
    }
    throw new Error("parsed without error");
  }

  // Inside a claim, the claim alone is left out (listed as not postable); the rest of the file stays.
  test.each([
    [
      "CLP*C1003*1*300*200*46",
      "CLP*C1003*1*300*2O0*46",
      "C1003",
      "CLP",
      'CLP04 (claim payment) "2O0" is not an amount',
    ],
    ["CAS*CO*29*120", "CAS*XX*29*120", "C1002", "CAS", 'CAS01 "XX" is not an adjustment group'],
    ["CAS*CO*29*120", "CAS*CO*ABCD*120", "C1002", "CAS", 'CAS02 "ABCD" is not an adjustment reason code'],
    ["CAS*CO*29*120", "CAS*CO**120", "C1002", "CAS", "CAS03 has an amount but no reason code"],
    ["DTM*472*20260105", "DTM*472*20260231", "C1001", "DTM", '"20260231" is not a date'],
    ["SVC*HC:36415*100*60**1", "SVC*HC:*100*60**1", "C1001", "SVC", "has no procedure code"],
  ])("%s -> %s leaves its claim out", (from, to, claimId, segmentId, message) => {
    const [remittance] = parse835(base.replace(from, to));
    const [left] = remittance?.unpostable ?? [];
    expect(remittance?.unpostable).toHaveLength(1);
    expect(left?.claimId).toBe(claimId);
    expect(left?.reason).toContain(message);
    expect(left?.reason).toMatch(new RegExp(`\\(segment \\d+, ${segmentId}\\)$`));
    expect(remittance?.claims.map((c) => c.claimId)).not.toContain(claimId);
    expect(remittance?.claims).toHaveLength(2);
  });

  test("outside a claim the file is refused: PLB without its amount", () => {
    const error = errorFor(
      base.replace("PLB*1234567893*20261231*L6:INT001*-5.25", "PLB*1234567893*20261231*L6:INT001*"),
    );
    expect(error.segmentId).toBe("PLB");
    expect(error.detail).toContain("L6 amount) is missing");
    expect(error.segmentNumber).toBeGreaterThan(3);
  });

  test("CAS before any claim", () => {
    const error = errorFor(base.replace("LX*1~", "LX*1~\nCAS*CO*45*1~").replace("SE*44*", "SE*45*"));
    expect(error.detail).toContain("CAS (adjustment) appears outside a claim");
  });

  test("a remittance without TRN", () => {
    const error = errorFor(base.replace("TRN*1*EFT20260115A*1999999999~\n", "").replace("SE*44*", "SE*43*"));
    expect(error.detail).toContain("no TRN segment");
    expect(error.segmentId).toBe("ST");
  });
});
