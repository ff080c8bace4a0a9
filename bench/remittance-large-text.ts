/**
 * A large synthetic 5010 remittance for the bench: `claims` claims of about 100 bytes each (one service line,
 * a contractual and a patient adjustment), so 200,000 claims make a file of about 20 MB.
 */
export const largeClaimId = (i: number): string => `L${String(i).padStart(7, "0")}`;

export function largeRemittanceText(claims: number): string {
  const parts: string[] = [];
  for (let i = 0; i < claims; i++) {
    parts.push(
      `CLP*${largeClaimId(i)}*1*100*70*10*12*PCN${i}*11*1~\nSVC*HC:99213*100*70**1~\n` +
        `CAS*CO*45*20~\nCAS*PR*2*10~\n`,
    );
  }
  const header =
    "ISA*00*          *00*          *ZZ*PAYERSENDER    *ZZ*PRACTICE       *260115*0900*^*00501*000000900*0*P*:~\n" +
    "GS*HP*PAYERSENDER*PRACTICE*20260115*0900*900*X*005010X221A1~\n" +
    "ST*835*0001*005010X221A1~\n" +
    `BPR*I*${(claims * 70).toFixed(2)}*C*ACH*CCP*01*999999999*DA*123456*1999999999**01*888888888*DA*654321*20260115~\n` +
    "TRN*1*BIG20260115*1999999999~\nN1*PR*AETNA HEALTH*XV*60054~\nN1*PE*MAIN STREET FAMILY MEDICINE*XX*1234567893~\nLX*1~\n";
  const segments = 6 + claims * 4 + 1; // ST..LX, 4 per claim, SE
  return `${header}${parts.join("")}SE*${segments}*0001~\nGE*1*900~\nIEA*1*000000900~\n`;
}
