import fs from "node:fs";
import { TABLE_SPECS, type TableSpec } from "../../src/domain/catalog";
import {
  currentSection,
  END_MARKER,
  README_FILE,
  renderTableReference,
  START_MARKER,
  withSection,
} from "../../scripts/readme-tables";

describe("README table reference", () => {
  it("is what the catalog renders (run npm run docs:tables when this fails)", () => {
    const readme = fs.readFileSync(README_FILE, "utf8");
    const section = currentSection(readme);
    if (section === null) throw new Error(`README.md lacks the ${START_MARKER} ... ${END_MARKER} markers`);
    if (section !== renderTableReference()) {
      throw new Error("README.md's table reference is out of date with the catalog: run npm run docs:tables");
    }
  });

  it("has a section per table with sheet, description and one row per column", () => {
    const text = renderTableReference();
    for (const spec of TABLE_SPECS) {
      expect(text).toContain(`Sheet **${spec.sheet}**, table \`${spec.name}\`. ${spec.description}`);
      for (const column of spec.columns) expect(text).toContain(`| ${column.header} |`);
    }
  });

  it("renders a column's type, required flag, allowed values, reference, minimum and formula", () => {
    const spec: TableSpec = {
      name: "Claims",
      sheet: "My Claims",
      description: "Test table.",
      key: ["Claim ID"],
      columns: [
        { header: "Claim ID", key: "claimId", kind: "id", required: true, description: "The number." },
        {
          header: "Payer ID",
          key: "payerId",
          kind: "id",
          ref: { table: "Payers", column: "Payer ID" },
          description: "Who.",
        },
        {
          header: "Status",
          key: "status",
          kind: "list",
          list: ["Paid", "Denied"],
          description: "Where | it stands.",
        },
        { header: "Paid", key: "paid", kind: "currency", min: 0, description: "Money." },
        {
          header: "Balance",
          key: "balance",
          kind: "currency",
          formula: "=[@Total]-[@Paid]",
          description: "Left.",
        },
        { header: "NPI", key: "npi", kind: "id", code: "npi", description: "Provider." },
        { header: "Active", key: "active", kind: "yesno", description: "Still here." },
      ],
    };
    const lines = renderTableReference([spec]).split("\n");
    expect(lines).toContain("| [Claims](#table-claims) | My Claims | Test table. |");
    expect(lines).toContain(
      "Sheet **My Claims**, table `Claims`. Test table. Key: Claim ID (unique per row).",
    );
    expect(lines).toContain("| Claim ID | ID (text) | Yes |  | The number. |");
    expect(lines).toContain("| Payer ID | ID (text) |  | From Payers[Payer ID] | Who. |");
    expect(lines).toContain("| Status | List |  | Paid, Denied | Where \\| it stands. |");
    expect(lines).toContain("| Paid | Currency |  | 0 or more | Money. |");
    expect(lines).toContain("| Balance | Currency |  | Calculated: `=[@Total]-[@Paid]` | Left. |");
    expect(lines).toContain("| NPI | ID (text) |  | 10-digit NPI with a valid check digit | Provider. |");
    expect(lines).toContain("| Active | Yes/No |  | Yes, No | Still here. |");
  });

  it("replaces only the text between the markers", () => {
    const readme = `# Title\n\n${START_MARKER}\nold text\n${END_MARKER}\n\nAfter.\n`;
    const updated = withSection(readme, "new text");
    expect(updated).toBe(`# Title\n\n${START_MARKER}\nnew text\n${END_MARKER}\n\nAfter.\n`);
    expect(currentSection(updated ?? "")).toBe("new text");
    expect(withSection("# No markers", "x")).toBeNull();
    expect(currentSection("# No markers")).toBeNull();
  });
});
