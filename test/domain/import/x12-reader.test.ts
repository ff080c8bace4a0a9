import { X12ParseError, parse835, readEnvelopes, splitSegments } from "../../../src/domain/import";
import { describeShared, fixture, shared } from "./x12-fixtures";

/** Runs fn and returns the X12ParseError it throws (fails the test if it throws anything else or nothing). */
function parseError(fn: () => unknown): X12ParseError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(X12ParseError);
    return error as X12ParseError;
  }
  throw new Error("expected an X12ParseError");
}

const ISA =
  "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260115*0900*^*00501*000000001*0*P*:~";

describe("segments and delimiters", () => {
  test("reads element, component, repetition and terminator from the ISA", () => {
    const [isa] = splitSegments(fixture("custom-delimiters.edi"));
    expect(isa?.delimiters).toEqual({ element: "|", component: ">", repetition: "{", segment: "\n" });
  });

  test("a line-feed terminated file without a final terminator gives every segment", () => {
    const segments = splitSegments(fixture("custom-delimiters.edi"));
    expect(segments.map((s) => s.id)).toEqual([
      "ISA",
      "GS",
      "ST",
      "BPR",
      "TRN",
      "N1",
      "N1",
      "LX",
      "CLP",
      "SVC",
      "DTM",
      "CAS",
      "CAS",
      "AMT",
      "SE",
      "GE",
      "IEA",
    ]);
    expect(segments[9]?.elements[1]).toBe("HC>99214>25>59");
  });

  test("each interchange keeps its own delimiters; CRLF between interchanges is skipped", () => {
    const segments = splitSegments(fixture("multi-envelope.edi"));
    const isas = segments.filter((s) => s.id === "ISA");
    expect(isas.map((s) => s.delimiters.element + s.delimiters.segment)).toEqual(["*~", "!'"]);
    expect(segments[segments.length - 1]?.elements).toEqual(["IEA", "1", "000000105"]);
  });

  test("segments are numbered from 1 with their character offset", () => {
    const text = fixture("full-remit.835");
    const segments = splitSegments(text);
    const clp = segments.find((s) => s.id === "CLP");
    // ISA GS ST BPR TRN REF DTM N1 N3 N4 REF PER N1 N3 N4 REF LX: the first CLP is the 18th segment.
    expect(clp?.number).toBe(18);
    expect(text.slice(clp?.offset, (clp?.offset ?? 0) + 8)).toBe("CLP*C100");
  });

  test("CRLF after a line-feed terminator does not leak a carriage return into the last element", () => {
    const text = `${ISA.replace(/~$/, "\n")}GS*HP*A*B*20260101*1200*1*X*005010X221A1\r\nGE*0*1\r\nIEA*1*000000001\r\n`;
    const segments = splitSegments(text);
    expect(segments.map((s) => s.elements[s.elements.length - 1])).toEqual([
      ":",
      "005010X221A1",
      "1",
      "000000001",
    ]);
  });

  test("repetition separator is absent before version 00402 (ISA11 is then the U standards id)", () => {
    const old = ISA.replace("*^*00501*", "*U*00401*");
    expect(splitSegments(`${old}IEA*0*000000001~`)[0]?.delimiters.repetition).toBeNull();
  });

  test.each([
    ["", "The file is empty", 0],
    ["   \n\n", "The file is empty", 0],
    ["Claim ID,Amount\nC1,10\n", "not an X12 file", 1],
    ["ISA", "ends inside the ISA header", 1],
    ["ISA*00*   *00*  *ZZ*X", "ends inside the ISA header", 1],
    ["ISAX00", "not an X12 file", 1],
    [`${ISA}GS*HP~%%*1~`, "is not a segment id", 3],
    [`${ISA}IEA*0*000000001~junk`, "only a new ISA header", 3],
  ])("refuses %j with a positioned message", (text, message, segmentNumber) => {
    const error = parseError(() => splitSegments(text));
    expect(error.message).toContain(message);
    expect(error.segmentNumber).toBe(segmentNumber);
    expect(error.message).toMatch(/\[segment \d+/);
  });
});

describe("envelopes", () => {
  test("several ISA, GS and ST in one file give one transaction each, with control numbers", () => {
    const transactions = readEnvelopes(splitSegments(fixture("multi-envelope.edi")));
    expect(transactions.map((t) => [t.interchangeControl, t.controlNumber, t.segments.length])).toEqual([
      ["000000104", "0001", 10],
      ["000000104", "0002", 9],
      ["000000105", "0001", 10],
    ]);
  });

  test("a wrong SE segment count names the SE segment and both counts", () => {
    const error = parseError(() => parse835(fixture("wrong-se-count.835")));
    expect(error.segmentId).toBe("SE");
    expect(error.segmentNumber).toBe(11); // ISA, GS, then ST..SE (9 segments): SE is the 11th
    expect(error.detail).toContain("has 12 segments but it has 9");
    // One segment per line: the SE is on line 11, and the message says where.
    expect(error.line).toBe(11);
    expect(error.byteOffset).toBe(error.offset); // plain ASCII
    expect(error.message).toContain("[segment 11 (SE), line 11, byte ");
  });

  test("byte offsets count UTF-8 bytes (a payer name with an accent before the error)", () => {
    const text = fixture("wrong-se-count.835").replace("AETNA HEALTH", "SEÑOR HEALTH");
    const error = parseError(() => parse835(text));
    expect(error.byteOffset).toBe(error.offset + 1); // Ñ takes two bytes
  });

  test("a truncated file says so at its last segment", () => {
    const error = parseError(() => parse835(fixture("truncated.835")));
    expect(error.detail).toContain("truncated");
    expect(error.segmentId).toBe("SVC");
  });

  test("an 837 claim file is recognised and refused at its ST segment", () => {
    const error = parseError(() => parse835(fixture("claim.837")));
    expect(error.detail).toContain("837");
    expect(error.detail).toContain("not an 835");
    expect(error.segmentId).toBe("ST");
    expect(error.segmentNumber).toBe(3);
  });

  test.each([
    ["GE*2*1", "GE says the group has 2 transactions but it has 1"],
    ["GE*1*9", "GE control number 9 does not match GS control number 1"],
    ["IEA*1*000000009", "IEA control number 000000009 does not match ISA control number 000000001"],
    ["IEA*3*000000001", "IEA says the interchange has 3 functional groups but it has 1"],
    ["SE*5*0002", "SE control number 0002 does not match ST control number 0001"],
  ])("envelope mismatch %s is an error", (replacement, message) => {
    const good = [
      ISA,
      "GS*HP*A*B*20260101*1200*1*X*005010X221A1~",
      "ST*835*0001~BPR*I*0*C*NON************20260101~TRN*1*T1*1~N1*PR*P~SE*5*0001~",
      "GE*1*1~",
      "IEA*1*000000001~",
    ].join("");
    expect(() => parse835(good)).not.toThrow();
    const id = replacement.slice(0, replacement.indexOf("*"));
    const bad = good.replace(new RegExp(`${id}\\*[^~]*~`), `${replacement}~`);
    expect(parseError(() => parse835(bad)).detail).toContain(message);
  });
});

describeShared("public samples (../shared/fixtures/x12)", () => {
  test("profee.edi: 1 transaction, 3 claims, 10 service lines, BPR02 45.75 by ACH", () => {
    const [remittance, ...rest] = parse835(shared("profee.edi"));
    expect(rest).toHaveLength(0);
    expect(remittance?.claims).toHaveLength(3);
    expect(remittance?.claims.flatMap((c) => c.lines)).toHaveLength(10);
    expect([remittance?.totalPaid, remittance?.methodCode, remittance?.traceNumber]).toEqual([
      45.75,
      "ACH",
      "10100000000",
    ]);
    expect(remittance?.payer.name).toBe("NYSDOH");
  });

  test("multiLineNotDelimited.edi: line feeds as terminators read the same as profee.edi", () => {
    const [remittance] = parse835(shared("multiLineNotDelimited.edi"));
    // Values from the file's CLP segments (the same content as profee.edi).
    expect(remittance?.claims.map((c) => [c.statusCode, c.charge, c.paid, c.lines.length])).toEqual([
      ["1", 34.25, 34.25, 4],
      ["2", 34, 0, 2],
      ["2", 34.25, 11.5, 4],
    ]);
    expect(remittance?.totalPaid).toBe(45.75);
  });

  test("oneLine-2-ISA.edi: two interchanges, 4 claims, no service lines, claim-level CAS", () => {
    const remittances = parse835(shared("oneLine-2-ISA.edi"));
    expect(remittances).toHaveLength(2);
    const claims = remittances.flatMap((r) => r.claims);
    expect(claims.map((c) => c.statusCode)).toEqual(["3", "1", "3", "1"]);
    expect(claims.flatMap((c) => c.lines)).toHaveLength(0);
    expect(claims[1]?.adjustments).toEqual([{ group: "PR", reason: "142", amount: 805, quantity: null }]);
  });

  test("profeeMultiple.edi: 156 transactions, 468 claims, 1560 service lines", () => {
    const remittances = parse835(shared("profeeMultiple.edi"));
    expect(remittances).toHaveLength(156);
    expect(remittances.flatMap((r) => r.claims)).toHaveLength(468);
    expect(remittances.flatMap((r) => r.claims.flatMap((c) => c.lines))).toHaveLength(1560);
  });

  test("errorISA.edi: the ISA13 / IEA02 control number mismatch is reported at the IEA", () => {
    const error = parseError(() => parse835(shared("errorISA.edi")));
    expect(error.segmentId).toBe("IEA");
    expect(error.detail).toContain("does not match ISA control number 106000600");
  });
});
