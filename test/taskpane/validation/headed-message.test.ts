import { headedMessage } from "../../../src/taskpane/validation/format";

describe("a problem's message names its column once", () => {
  it("does not repeat a column the message already starts with", () => {
    expect(
      headedMessage({
        header: "Diagnosis Codes",
        message: "Diagnosis Codes: 123.4 is not an ICD-10-CM code (like E11.9 or I10)",
      }),
    ).toBe("Diagnosis Codes: 123.4 is not an ICD-10-CM code (like E11.9 or I10)");
    expect(headedMessage({ header: "On Hand", message: "On Hand -3 cannot be negative" })).toBe(
      "On Hand -3 cannot be negative",
    );
  });

  it("prefixes the column when the message does not name it", () => {
    expect(headedMessage({ header: "End Date", message: "ends before it starts" })).toBe(
      "End Date: ends before it starts",
    );
  });
});
