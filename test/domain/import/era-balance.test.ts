import { balanceProblems, parse835 } from "../../../src/domain/import";
import { describeShared, fixture, shared } from "./x12-fixtures";

function problemsOf(text: string) {
  const [remittance] = parse835(text);
  if (!remittance) throw new Error("no remittance");
  return balanceProblems(remittance);
}

describe("balancing", () => {
  test("unbalanced.835: claim C1003 is off by $10 (300 - 90 paid vs 200 adjusted)", () => {
    const problems = problemsOf(fixture("unbalanced.835"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.claimId).toBe("C1003");
    expect(problems[0]?.difference).toBe(10);
    expect(problems[0]?.message).toContain("off by $10.00");
    expect(problems[0]?.at.segmentNumber).toBe(9); // ISA GS ST BPR TRN N1 N1 LX CLP
  });

  test("a service line whose adjustments do not explain charge minus paid", () => {
    // Line 2 of C1001: 100 - 60 = 40 but CO-45 30 + PR-3 12 = 42. The claim then is off by 2 as well.
    const problems = problemsOf(fixture("full-remit.835").replace("CAS*PR*3*10", "CAS*PR*3*12"));
    expect(problems.map((p) => [p.claimId, p.difference])).toEqual([
      ["C1001", -2],
      ["C1001", -2],
    ]);
    expect(problems[0]?.message).toContain("service line 2 (36415)");
  });

  test("service lines that do not add up to the claim's charge and payment", () => {
    // C1001's second line charges 90 and pays 50 (still balanced by itself: 90 - 50 = 30 + 10).
    const text = fixture("full-remit.835").replace("SVC*HC:36415*100*60**1", "SVC*HC:36415*90*50**1");
    const messages = problemsOf(text).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining("service lines charge $240.00 but the claim says $250.00"),
      expect.stringContaining("service lines pay $150.00 but the claim says $160.00"),
    ]);
  });

  test("BPR02 must equal the claims' payments minus PLB", () => {
    // Claims pay 360, PLB withholds 15 - 5.25 = 9.75, so 350.25 is right and 360.00 is off by 9.75.
    const problems = problemsOf(fixture("full-remit.835").replace("BPR*C*350.25*", "BPR*C*360*"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.claimId).toBeNull();
    expect(problems[0]?.difference).toBe(9.75);
    expect(problems[0]?.message).toContain("minus provider adjustments $9.75");
  });

  test("cents add up exactly (0.1 + 0.2 style sums do not unbalance)", () => {
    const text = fixture("unbalanced.835")
      .replace("BPR*C*90*", "BPR*C*0.3*")
      .replace("CLP*C1003*1*300*90*0", "CLP*C1003*1*0.6*0.3*0")
      .replace("CAS*CO*45*200", "CAS*CO*45*0.1**253*0.2");
    expect(problemsOf(text)).toEqual([]);
  });

  test("every balanced synthetic file has no problem", () => {
    for (const name of [
      "full-remit.835",
      "reversal.835",
      "custom-delimiters.edi",
      "multi-envelope.edi",
      "formula-payer.835",
    ]) {
      expect(parse835(fixture(name)).flatMap(balanceProblems)).toEqual([]);
    }
  });
});

describeShared("public samples balance (per SOURCES.md)", () => {
  test.each(["profee.edi", "multiLineNotDelimited.edi", "oneLine-2-ISA.edi", "profeeMultiple.edi"])(
    "%s",
    (name) => {
      expect(parse835(shared(name)).flatMap(balanceProblems)).toEqual([]);
    },
  );
});
