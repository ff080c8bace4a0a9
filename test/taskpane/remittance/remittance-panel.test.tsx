/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ExcelRunner } from "../../../src/excel/runner";
import type { ExcelHost } from "../../../src/host";
import { PaneEnvironmentProvider } from "../../../src/taskpane/environment";
import { RemittancePanel } from "../../../src/taskpane/remittance/RemittancePanel";
import { CLAIMS_PAGE } from "../../../src/taskpane/remittance/RemittancePreview";
import { largeClaimId, largeRemittanceText } from "../../../bench/remittance-large-text";
import { practiceWorkbook } from "../../domain/import/workbook-builders";
import { fixture } from "../../domain/import/x12-fixtures";
import { readBack } from "../../excel/remittance/read-back";
import { practiceHost } from "../../excel/remittance/seed";

function renderPanel(run: ExcelRunner) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneEnvironmentProvider environment={{ run, kind: "standalone" }}>
        <RemittancePanel />
      </PaneEnvironmentProvider>
    </FluentProvider>,
  );
  return screen.getByLabelText<HTMLInputElement>("Remittance files (835)");
}

const file = (name: string, text = fixture(name)) => new File([text], name, { type: "text/plain" });

function countingRunner(host: ExcelHost) {
  const calls = { count: 0 };
  const run: ExcelRunner = (batch) => {
    calls.count++;
    return host.run(batch);
  };
  return { run, calls };
}

const postButton = () => screen.getByRole("button", { name: "Post payments" });
const isDisabled = (element: HTMLElement) => element.getAttribute("aria-disabled") === "true";

describe("RemittancePanel", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => {}));
  afterEach(() => jest.restoreAllMocks());

  it("previews a chosen file without writing, posts it, and then recognises it as posted", async () => {
    const user = userEvent.setup();
    const host = await practiceHost(practiceWorkbook());
    const before = host.snapshot();
    const { run, calls } = countingRunner(host);
    const input = renderPanel(run);

    await user.upload(input, file("full-remit.835"));
    const card = await screen.findByRole("article", { name: "Remittance EFT20260115A from AETNA HEALTH" });
    expect(calls.count).toBe(1);
    expect(host.snapshot()).toBe(before);
    expect(card.textContent).toContain("AETNA HEALTH (AETNA)");
    expect(card.textContent).toContain("EFT (ACH) $350.25");
    expect(card.textContent).toContain("2026-01-15");
    const claims = within(card).getByRole("list", { name: "Claims" });
    expect(claims.textContent).toContain("C1001: Submitted → Paid");
    expect(claims.textContent).toContain("C1002: Submitted → Denied");
    expect(claims.textContent).toContain("CO-45 $50.00");
    expect(within(card).getByRole("region", { name: "Underpayments" }).textContent).toContain("short $5.00");
    expect(within(card).getByRole("region", { name: "Provider adjustments" }).textContent).toContain(
      "WO OVP001 -$15.00",
    );
    // What posting will do, said above the button (before the long per-remittance detail).
    const summary = screen.getByText(
      "Posting adds 10 payment rows ($350.25) to Payments and updates 3 claims and 2 claim lines.",
    );
    expect(summary.compareDocumentPosition(postButton()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(postButton().compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(postButton());
    const result = (await screen.findByText("Payments posted")).closest(".fui-MessageBar");
    expect(result?.textContent).toContain("10 payment rows added to Payments ($350.25)");
    // C1001 and C1003: the payer settled its part (what is left is the patient's); C1002 is denied.
    expect(result?.textContent).toContain("3 claims (2 Paid, 1 Denied) and 2 claim lines updated.");
    expect(result?.textContent).toContain("Refresh summaries to see these payments");
    expect(calls.count).toBe(2);
    expect((await readBack(host)).payments).toHaveLength(10);

    await user.upload(input, file("full-remit.835"));
    expect(await screen.findByText(/Posted before \(Received On 2026-01-15\)/)).toBeTruthy();
    expect(document.body.textContent).toContain("Nothing to post");
    expect(isDisabled(postButton())).toBe(true);
  });

  it("refuses a file that is not an 835 with the segment, and never touches the workbook", async () => {
    const user = userEvent.setup();
    const host = await practiceHost(practiceWorkbook());
    const { run, calls } = countingRunner(host);
    const input = renderPanel(run);

    // An 837 saved as .edi (the picker offers .835, .edi and .txt).
    await user.upload(input, [file("full-remit.835"), file("claims-sent.edi", fixture("claim.837"))]);
    const title = await screen.findByText("claims-sent.edi cannot be imported");
    const bar = title.closest(".fui-MessageBar");
    expect(bar?.textContent).toContain("This is an 837 (claims you sent), not an 835");
    expect(bar?.textContent).toContain("[segment 3 (ST)");
    expect(bar?.textContent).toContain("Nothing was posted.");
    expect(screen.queryByRole("button", { name: "Post payments" })).toBeNull();
    expect(calls.count).toBe(0);
  });

  it("posts an unbalanced file only after the warning is confirmed", async () => {
    const user = userEvent.setup();
    const host = await practiceHost(practiceWorkbook());
    const input = renderPanel(host.run);

    await user.upload(input, file("unbalanced.835"));
    expect(await screen.findByText("Check before posting")).toBeTruthy();
    expect(document.body.textContent).toContain("Claim C1003 does not balance");
    expect(isDisabled(postButton())).toBe(true);
    await user.click(postButton());
    expect((await readBack(host)).payments).toHaveLength(0);

    await user.click(screen.getByRole("checkbox", { name: "I have checked these warnings; post anyway" }));
    expect(isDisabled(postButton())).toBe(false);
    await user.click(postButton());
    expect(await screen.findByText("Payments posted")).toBeTruthy();
    expect((await readBack(host)).claims[2]).toMatchObject({ claimId: "C1003", paid: 90 });
  });

  it("accepts files dropped on the drop zone, and tells the page around that it took them", async () => {
    const host = await practiceHost(practiceWorkbook());
    renderPanel(host.run);
    // The standalone app opens other dropped files as workbooks unless a zone inside took them.
    const seenByPage: boolean[] = [];
    const listener = (event: Event) => seenByPage.push(event.defaultPrevented);
    document.addEventListener("drop", listener);
    fireEvent.drop(screen.getByTestId("remittance-drop-zone"), {
      dataTransfer: { files: [file("multi-envelope.edi")] },
    });
    document.removeEventListener("drop", listener);
    expect(seenByPage).toEqual([true]);
    expect(await screen.findByRole("article", { name: "Remittance CHK1002 from BLUE CROSS" })).toBeTruthy();
    expect(screen.getAllByRole("article")).toHaveLength(3);
  });

  it("says which claims match nothing, and after posting that their payments went to Payments only", async () => {
    const user = userEvent.setup();
    const host = await practiceHost(practiceWorkbook());
    const input = renderPanel(host.run);
    await user.upload(input, file("formula-payer.835"));
    const card = await screen.findByRole("article");
    expect(card.textContent).toContain("Matches no claim in Claims (recorded in Payments only): C1004");
    expect(document.body.textContent).toContain(
      "Posting adds 1 payment row ($25.00) to Payments; it updates no claims.",
    );
    await user.click(screen.getByRole("checkbox", { name: "I have checked these warnings; post anyway" }));
    await user.click(postButton());
    const result = (await screen.findByText("Payments posted")).closest(".fui-MessageBar");
    expect(result?.textContent).toContain("No claim updated.");
    expect(result?.textContent).toContain("1 claim payment matched no claim: recorded in Payments only");
    expect(result?.textContent).toContain("1 payer added to Payers: EVIL01.");
  });

  it("lists a large remittance's claims a page at a time, all of them counted and reachable", async () => {
    const user = userEvent.setup();
    const host = await practiceHost(practiceWorkbook());
    const input = renderPanel(host.run);
    await user.upload(input, file("large.835", largeRemittanceText(CLAIMS_PAGE * 2 + 50)));
    const card = await screen.findByRole("article");
    const items = () => within(within(card).getByRole("list", { name: "Claims" })).getAllByRole("listitem");
    expect(card.textContent).toContain(`${CLAIMS_PAGE * 2 + 50} claims`);
    expect(items()).toHaveLength(CLAIMS_PAGE);
    await user.click(
      within(card).getByRole("button", { name: `Show ${CLAIMS_PAGE} more (${CLAIMS_PAGE + 50} not shown)` }),
    );
    expect(items()).toHaveLength(CLAIMS_PAGE * 2);
    await user.click(within(card).getByRole("button", { name: "Show 50 more (50 not shown)" }));
    expect(items()).toHaveLength(CLAIMS_PAGE * 2 + 50);
    expect(items().at(-1)?.textContent).toContain(`${largeClaimId(CLAIMS_PAGE * 2 + 49)}: no matching claim`);
    expect(within(card).queryByRole("button", { name: /^Show / })).toBeNull();
  });

  it("shows the Office error when posting fails, and the workbook is unchanged", async () => {
    const user = userEvent.setup();
    const host = await practiceHost(practiceWorkbook());
    const input = renderPanel(host.run);
    await user.upload(input, file("full-remit.835"));
    await screen.findByRole("article");
    const before = host.snapshot();

    // The post reads (1 sync), saves the cells it will change (1), then writes (1): fail the write.
    host.failSync(3, { code: "AccessDenied", message: "The sheet is protected." });
    await user.click(postButton());
    const title = await screen.findByText("Posting failed");
    const bar = title.closest(".fui-MessageBar");
    expect(bar?.textContent).toContain("nothing was posted");
    expect(bar?.textContent).toContain("AccessDenied");
    expect(host.snapshot()).toBe(before);
  });
});
