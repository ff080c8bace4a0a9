import { shownRaw } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart } from "../workbook-model";

const PROVIDER_ID = ["providerId"];
const STAFF_ID = ["staffId"];
const PERSON_ID = ["personId"];

/**
 * Person ID names someone in Providers or Staff (a catalog reference names one table, so this check
 * is a rule); a Payer Enrollment names its payer.
 */
export const credentialPerson: Rule = {
  id: "credentials.person",
  table: "Credentials",
  reads: ["Providers", "Staff"],
  relatedLookups: [{ table: "Credentials", keys: PERSON_ID }],
  lookups: [
    { table: "Providers", keys: PROVIDER_ID },
    { table: "Staff", keys: STAFF_ID },
  ],
  checker(workbook) {
    const model = workbook.table("Credentials");
    const providers = workbook.table("Providers");
    const staff = workbook.table("Staff");
    if (!model) return null;
    const known = (key: string) =>
      (providers?.has("providerId") === true && workbook.index("Providers", PROVIDER_ID).has(key)) ||
      (staff?.has("staffId") === true && workbook.index("Staff", STAFF_ID).has(key));
    const canCheck = providers?.has("providerId") === true || staff?.has("staffId") === true;
    return (row, out) => {
      const person = model.text("personId", row);
      const key = groupKeyPart(person);
      if (canCheck && person !== null && key !== null && !known(key)) {
        const message = `Person ID ${shownRaw(person)} is neither a Provider ID nor a Staff ID: add the person or correct this cell`;
        out.push(model.finding("personId", row, "error", "credentials.person", message));
      }
      if (model.text("type", row) === "Payer Enrollment" && model.text("payerId", row) === null) {
        const message = "A Payer Enrollment needs its Payer ID: claims to that payer are checked against it";
        out.push(model.finding("payerId", row, "error", "credentials.person", message));
      }
    };
  },
  related(workbook, changed, row) {
    const id = changed === "Providers" ? "providerId" : changed === "Staff" ? "staffId" : null;
    if (id === null) return [];
    const key = groupKeyPart(workbook.table(changed)?.valueOf(id, row) ?? null);
    return workbook.rowsWith("Credentials", PERSON_ID, key);
  },
};
