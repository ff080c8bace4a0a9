import { ValidationController, selectFinding } from "../../../src/excel/validation";
import { AS_OF, practiceWith, toWorkbook } from "../../domain/rules/fixture";
import { hostWith } from "./workbook";

describe("jump to a problem", () => {
  it("selects the finding's cell on its sheet", async () => {
    const host = await hostWith(toWorkbook(practiceWith("ClaimLines", 2, { Code: "9921" })));
    const controller = new ValidationController(host.run);
    const report = await controller.validate({ asOf: AS_OF });
    const finding = report.findings[0]!;
    expect(finding).toMatchObject({ table: "ClaimLines", rowIndex: 2, header: "Code" });
    await controller.select(finding);
    expect(host.workbook.getSelection()).toMatchObject({ sheet: "Claim Lines", address: "'Claim Lines'!C4" });
  });

  it("selects the header row for a problem with the table itself", async () => {
    const host = await hostWith(toWorkbook(practiceWith("Vendors", 0, {})));
    await selectFinding(host.run, { table: "Vendors", rowIndex: -1, columnIndex: -1 });
    expect(host.workbook.getSelection()).toMatchObject({ sheet: "Vendors", address: "Vendors!A1:F1" });
  });
});
