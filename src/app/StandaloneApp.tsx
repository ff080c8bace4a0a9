/**
 * The standalone web app: a toolbar (Open .xlsx, Save .xlsx, Load sample practice), the current sheet's
 * grid with sheet tabs, and beside it the production task pane running on the same in-memory host.
 * A new workbook (file or sample) replaces the open one only once it is completely built. Unsaved
 * changes are shown, and leaving the page with them asks first; Save waits for the task pane's work.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ChangeEvent, DragEvent } from "react";
import { PaneRoot } from "../taskpane/PaneRoot";
import type { PaneEnvironment } from "../taskpane/environment";
import type { ExcelHost } from "../host";
import { createAppHost } from "./app-host";
import { Grid } from "./grid/Grid";
import { loadSamplePractice, SAMPLE_SIZES, type SampleSize } from "./sample";
import { SheetTabs } from "./SheetTabs";
import {
  FileProblem,
  openWorkbookFile,
  saveWorkbookFile,
  xlsxFileName,
  type FileLike,
} from "./workbook-files";
import { RunTracker, useRunning, useUnsavedChanges } from "./work-guard";

interface Session {
  readonly id: number;
  readonly host: ExcelHost;
  readonly fileName: string;
}

interface Notice {
  readonly intent: "success" | "error" | "warning" | "info";
  readonly title: string;
  readonly text?: string;
  readonly notes?: readonly string[];
}

let sessions = 0;
const newSession = (host: ExcelHost, fileName: string): Session => ({ id: ++sessions, host, fileName });

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** ?sample=small|standard|large in the page's URL: the size to load at start (`npm start` opens ?sample=small). */
export function sampleFromQuery(search: string): SampleSize | null {
  const size = new URLSearchParams(search).get("sample");
  return size !== null && Object.hasOwn(SAMPLE_SIZES, size) ? (size as SampleSize) : null;
}

export function StandaloneApp(props: { initialHost?: ExcelHost; startWithSample?: SampleSize | null }) {
  const [session, setSession] = useState<Session>(() =>
    newSession(props.initialHost ?? createAppHost(), "Practice Manager.xlsx"),
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragging, setDragging] = useState(false);
  const [sampleSize, setSampleSize] = useState<SampleSize>(props.startWithSample ?? "small");
  const fileInput = useRef<HTMLInputElement>(null);
  const { host } = session;
  // The task pane's batches, counted: Save is not offered while one runs.
  const tracker = useMemo(() => new RunTracker(), []);
  const { unsaved, hasUnsaved, checkpoint } = useUnsavedChanges(host.workbook);
  // Replacing a workbook with unsaved changes asks first (once the new one is ready).
  const [replacing, setReplacing] = useState<{ with: string; answer: (replace: boolean) => void } | null>(
    null,
  );
  const mayReplace = (replacement: string): Promise<boolean> =>
    hasUnsaved()
      ? new Promise((resolve) =>
          setReplacing({
            with: replacement,
            answer: (replace) => {
              setReplacing(null);
              resolve(replace);
            },
          }),
        )
      : Promise.resolve(true);
  const keptNotice = (): Notice => ({
    intent: "info",
    title: `Kept ${session.fileName}`,
    text: "Nothing was replaced; your changes are still here. Save them with Save .xlsx.",
  });

  const environment = useMemo<PaneEnvironment>(
    () => ({
      run: tracker.wrap(host.run),
      kind: "standalone",
      selectCell: async (sheet, address) => {
        await host.run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(address).select();
          await context.sync();
        });
      },
    }),
    [host, tracker],
  );

  const showError = useCallback(
    (text: string) => setNotice({ intent: "error", title: "Something went wrong", text }),
    [],
  );

  const open = async (file: FileLike) => {
    setBusy(`Opening ${file.name}…`);
    setNotice(null);
    try {
      const opened = await openWorkbookFile(file);
      if (!(await mayReplace(file.name))) {
        setNotice(keptNotice());
        return;
      }
      setSession(newSession(opened.host, xlsxFileName(file.name)));
      setNotice({
        intent: opened.notes.length > 0 ? "warning" : "success",
        title: `Opened ${file.name}`,
        ...(opened.notes.length > 0
          ? { text: "Some parts of the file are not kept:", notes: opened.notes }
          : {}),
      });
    } catch (error) {
      setNotice({
        intent: "error",
        title: `Could not open ${file.name}`,
        text: `${errorText(error)} The workbook you had open is unchanged.`,
      });
      if (!(error instanceof FileProblem)) console.error(error);
    } finally {
      setBusy(null);
    }
  };

  const save = async () => {
    try {
      if (tracker.busy) {
        // Never a file written halfway through an operation of the task pane.
        setBusy("Waiting for the task pane to finish…");
        await tracker.whenIdle();
      }
      setBusy("Saving…");
      const saved = checkpoint();
      const notes = await saveWorkbookFile(host, session.fileName);
      saved();
      setNotice({
        intent: notes.length > 0 ? "warning" : "success",
        title: `Saved ${session.fileName}`,
        ...(notes.length > 0 ? { text: "Not saved in the file:", notes } : {}),
      });
    } catch (error) {
      setNotice({ intent: "error", title: "Could not save the workbook", text: errorText(error) });
    } finally {
      setBusy(null);
    }
  };

  const loadSample = async (size: SampleSize = sampleSize) => {
    setBusy("Building the sample practice…");
    setNotice(null);
    try {
      const sample = await loadSamplePractice({ size });
      if (!(await mayReplace("the sample practice"))) {
        setNotice(keptNotice());
        return;
      }
      setSession(newSession(sample, "Sample practice.xlsx"));
      setNotice({ intent: "success", title: "Sample practice loaded", text: SAMPLE_SIZES[size].label });
    } catch (error) {
      setNotice({ intent: "error", title: "Could not build the sample practice", text: errorText(error) });
    } finally {
      setBusy(null);
    }
  };

  // Opened with a sample size (npm start): build it once, as if the button had been pressed.
  const startWith = useRef(props.startWithSample ?? null);
  useEffect(() => {
    const size = startWith.current;
    startWith.current = null; // once (also under StrictMode, which runs effects twice)
    if (size !== null) void loadSample(size);
  }, []);

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // choosing the same file again opens it again
    if (file) void open(file);
  };

  const onDrop = (event: DragEvent) => {
    // A drop zone inside (the task pane's remittance files) took it: not a workbook to open.
    const taken = event.defaultPrevented;
    event.preventDefault();
    setDragging(false);
    if (taken) return;
    const file = event.dataTransfer.files[0];
    if (file) void open(file);
  };

  return (
    <FluentProvider theme={webLightTheme} className="pm-app">
      <div
        className="pm-shell"
        onDragOver={(event) => {
          // Over a drop zone inside, the files go there: no "open a workbook" overlay.
          setDragging(!event.defaultPrevented);
          event.preventDefault();
        }}
        onDragLeave={(event) => {
          if (event.currentTarget === event.target) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <header className="pm-toolbar">
          <h1 className="pm-title">Practice Manager</h1>
          <span className="pm-file" aria-label="Workbook">
            {session.fileName}
            {unsaved && <span className="pm-unsaved"> (unsaved changes)</span>}
          </span>
          <Button
            appearance="primary"
            disabledFocusable={busy !== null}
            onClick={() => fileInput.current?.click()}
          >
            Open .xlsx
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label="Choose an .xlsx file to open"
            className="pm-visually-hidden"
            tabIndex={-1}
            onChange={onFileChosen}
          />
          <SaveButton tracker={tracker} busy={busy !== null} onSave={() => void save()} />
          <Button disabledFocusable={busy !== null} onClick={() => void loadSample()}>
            Load sample practice
          </Button>
          <label className="pm-size">
            Size{" "}
            <select value={sampleSize} onChange={(event) => setSampleSize(event.target.value as SampleSize)}>
              {Object.entries(SAMPLE_SIZES).map(([key, size]) => (
                <option key={key} value={key}>
                  {size.label}
                </option>
              ))}
            </select>
          </label>
          {busy && <Spinner size="tiny" label={busy} />}
        </header>
        <div role="status" aria-live="polite" className="pm-notice">
          {notice && (
            <MessageBar intent={notice.intent} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{notice.title}</MessageBarTitle>
                {notice.text}
                {notice.notes && (
                  <ul>
                    {notice.notes.map((note, i) => (
                      <li key={i}>{note}</li>
                    ))}
                  </ul>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        <div className="pm-main">
          <section className="pm-workbook" aria-label="Workbook">
            <Grid key={session.id} host={host} onError={showError} />
            <SheetTabs host={host} onError={showError} />
          </section>
          {/* Not a landmark: the task pane inside has its own main landmark. */}
          <div className="pm-pane">
            <PaneRoot key={session.id} environment={environment} theme={webLightTheme} />
          </div>
        </div>
        <Dialog open={replacing !== null} onOpenChange={(_, data) => !data.open && replacing?.answer(false)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>Replace {session.fileName}?</DialogTitle>
              <DialogContent>
                {session.fileName} has changes that are not saved. Opening {replacing?.with} replaces it, and
                the changes are lost.
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => replacing?.answer(false)}>
                  Keep {session.fileName}
                </Button>
                <Button onClick={() => replacing?.answer(true)}>Replace it</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
        {dragging && (
          <div className="pm-drop" aria-hidden="true">
            Drop an .xlsx file to open it
          </div>
        )}
      </div>
    </FluentProvider>
  );
}

/** Its own component: only it re-renders as the task pane's batches start and end. */
function SaveButton(props: { tracker: RunTracker; busy: boolean; onSave: () => void }) {
  const paneRunning = useRunning(props.tracker);
  return (
    <Button
      disabledFocusable={props.busy || paneRunning}
      title={paneRunning ? "Available once the task pane has finished" : undefined}
      onClick={props.onSave}
    >
      Save .xlsx
    </Button>
  );
}
