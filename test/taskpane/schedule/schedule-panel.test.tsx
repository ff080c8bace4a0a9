/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { isoFromSerial, serialFromLocalDate } from "../../../src/domain/dates/excel-dates";
import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows, readTables } from "../../../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { PaneEnvironmentProvider } from "../../../src/taskpane/environment";
import { SchedulePanel } from "../../../src/taskpane/schedule/SchedulePanel";

// The pane searches from "now": the practice is built around tomorrow so the test never depends on the hour.
const TOMORROW = serialFromLocalDate(new Date()) + 1;

async function practice(): Promise<ExcelHost> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  await host.run(async (context) => {
    await appendRows(context, "Providers", [
      {
        "Provider ID": "P001",
        Name: "Dr. Ada Park",
        "Work Days": "Sun-Sat",
        "Day Start": 8 / 24,
        "Day End": 12 / 24,
        Active: "Yes",
      },
    ]);
    await appendRows(context, "Appointments", [
      {
        "Appointment ID": "A000001",
        Date: TOMORROW,
        Start: 8 / 24,
        "Duration (min)": 15,
        "Provider ID": "P001",
        "Patient Ref": "MRN1",
        Status: "Scheduled",
      },
    ]);
  });
  return host;
}

function renderPanel(host: ExcelHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneEnvironmentProvider environment={{ run: host.run, kind: "standalone" }}>
        <SchedulePanel />
      </PaneEnvironmentProvider>
    </FluentProvider>,
  );
}

async function appointmentRows(host: ExcelHost) {
  return host.run(
    async (context) =>
      (await readTables(context, ["Appointments"] as const)).get("Appointments")?.typed() ?? [],
  );
}

async function findSlots(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByLabelText("Provider")); // the list is read when the user goes to it
  await screen.findByRole("option", { name: "Dr. Ada Park (P001)" }, { timeout: 10_000 });
  await user.selectOptions(screen.getByLabelText("Provider"), "P001");
  fireEvent.change(screen.getByLabelText("From"), { target: { value: isoFromSerial(TOMORROW) } });
  await user.click(screen.getByRole("button", { name: "Find free slots" }));
  return screen.findAllByRole("radio", {}, { timeout: 10_000 });
}

jest.setTimeout(30_000); // the whole pane on a busy machine: setup, search, book, search again

describe("Schedule section", () => {
  it("finds the next free slots and books one from the keyboard; the booked slot leaves the list", async () => {
    const user = userEvent.setup();
    const host = await practice();
    renderPanel(host);
    const radios = await findSlots(user);
    expect(radios).toHaveLength(8);
    // 8:00 is taken; Follow-up visits are 15 minutes.
    expect(radios[0]?.closest("span, div")?.parentElement?.textContent).toContain(
      "8:15 AM · Dr. Ada Park (P001)",
    );

    // Keyboard only: focus the first slot, choose it with Space, Tab to Patient Ref.
    radios[0]?.focus();
    await user.keyboard(" ");
    const ref = await screen.findByLabelText(/Patient Ref/);
    await user.click(screen.getByRole("button", { name: "Book" }));
    expect(await screen.findByText(/Patient Ref is required/)).toBeTruthy();
    expect(await appointmentRows(host)).toHaveLength(1);

    await user.type(ref, "MRN7");
    await user.type(screen.getByLabelText("Room"), "Exam 2");
    await user.type(ref, "{Enter}");
    const done = await screen.findByText(/Booked A000002: MRN7 with Dr. Ada Park/);
    expect(done.textContent).toContain("8:15 AM (15 min)");
    const rows = await appointmentRows(host);
    expect(rows[1]).toMatchObject({
      appointmentId: "A000002",
      patientRef: "MRN7",
      room: "Exam 2",
      status: "Scheduled",
      type: "Follow-up",
      durationMin: 15,
    });
    await waitFor(() =>
      expect(screen.getAllByRole("radio")[0]?.parentElement?.textContent).toContain("8:30 AM"),
    );
  });

  it("refuses a slot a colleague booked in the meantime, and says why", async () => {
    const user = userEvent.setup();
    const host = await practice();
    renderPanel(host);
    const radios = await findSlots(user);
    await user.click(radios[0] as HTMLElement);
    await user.type(await screen.findByLabelText(/Patient Ref/), "MRN8");
    // A co-author takes 8:15 before Book is pressed.
    await host.run(async (context) => {
      await appendRows(context, "Appointments", [
        {
          "Appointment ID": "A000099",
          Date: TOMORROW,
          Start: (8 * 60 + 15) / 1440,
          "Duration (min)": 15,
          "Provider ID": "P001",
          "Patient Ref": "MRN9",
          Status: "Scheduled",
        },
      ]);
    });
    await user.click(screen.getByRole("button", { name: "Book" }));
    const refused = await screen.findByText("Not booked");
    expect(refused.closest(".fui-MessageBar")?.textContent).toContain("booked or away");
    expect(await appointmentRows(host)).toHaveLength(2);
  });

  it("checks the duration and the date before searching", async () => {
    const user = userEvent.setup();
    const host = await practice();
    renderPanel(host);
    const minutes = screen.getByLabelText("Duration (min)");
    await user.clear(minutes);
    await user.type(minutes, "3");
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2001-01-01" } });
    host.resetStats();
    await user.click(screen.getByRole("button", { name: "Find free slots" }));
    const form = screen.getByRole("form", { name: "Find free slots" });
    expect(within(form).getByText(/whole number of minutes from 5 to 480/)).toBeTruthy();
    expect(within(form).getByText("Pick today or a later date.")).toBeTruthy();
    expect(host.stats.syncs).toBe(0);
    expect(screen.queryAllByRole("radio")).toHaveLength(0);
  });
});
