/**
 * "Relative value units" section: Import RVU file. The user chooses CMS's PPRRVU file (or any CSV with
 * Code and Work RVU columns); it is parsed at once (a file of another shape is refused, saying what was
 * expected), then previewed against the workbook (nothing written): rows, year, the practice's billed
 * codes it covers. Import appends what the year lacks or replaces the year's rows, and says what it did.
 */
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { MAX_RVU_FILE_BYTES, parseRvuFile, RvuFileError, type RvuFile } from "../../domain/import/rvu-file";
import {
  importRvuFile,
  NO_RVU_TABLE,
  previewRvuImport,
  type RvuImportMode,
  type RvuImportOutcome,
  type RvuImportPlan,
} from "../../excel/rvu/import-rvu";
import { ErrorMessage } from "../components/ErrorMessage";
import { readFileText } from "../components/read-file-text";
import { usePaneEnvironment } from "../environment";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

interface Chosen {
  readonly name: string;
  readonly file: RvuFile;
}

/** The year typed in the field, when it is a plausible fee schedule year. */
function yearOf(text: string): number | null {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 1992 && n <= 2100 ? n : null;
}

const count = (n: number, noun: string) => `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;

export function RvuImportPanel() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const inputId = useId();
  const hintId = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [yearText, setYearText] = useState("");
  const [onlyBilled, setOnlyBilled] = useState(true);
  const [mode, setMode] = useState<RvuImportMode>("append");
  const [plan, setPlan] = useState<RvuImportPlan | null | "no-table">(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);
  const [outcome, setOutcome] = useState<RvuImportOutcome | null>(null);
  const previewRun = useRef(0);
  const year = yearOf(yearText);

  const choose = useCallback(async (list: FileList | null) => {
    const file = list?.[0];
    if (!file) return;
    setChosen(null);
    setPlan(null);
    setOutcome(null);
    setFailure(null);
    setRefusal(null);
    if (file.size > MAX_RVU_FILE_BYTES) {
      setRefusal(
        `${file.name} is ${Math.round(file.size / 1048576)} MB: an RVU file is about 3 MB. Nothing was imported.`,
      );
      return;
    }
    try {
      const parsed = parseRvuFile(await readFileText(file), file.name);
      setChosen({ name: file.name, file: parsed });
      setYearText(parsed.year === null ? "" : String(parsed.year));
    } catch (error) {
      if (error instanceof RvuFileError) setRefusal(`${file.name}: ${error.message} Nothing was imported.`);
      else setFailure({ title: `Could not read ${file.name}`, error });
    }
  }, []);

  // Preview again whenever the file, the year or the billed-codes choice changes (reads only).
  useEffect(() => {
    if (!chosen || year === null) {
      setPlan(null);
      return;
    }
    const ticket = ++previewRun.current;
    setBusy("Checking the workbook…");
    previewRvuImport(run, chosen.file, { year, onlyBilledCodes: onlyBilled })
      .then((p) => {
        if (ticket === previewRun.current) setPlan(p ?? "no-table");
      })
      .catch((error: unknown) => {
        if (ticket === previewRun.current) setFailure({ title: "Could not preview the import", error });
      })
      .finally(() => {
        if (ticket === previewRun.current) setBusy(null);
      });
  }, [chosen, year, onlyBilled, run]);

  const doImport = async () => {
    if (!chosen || year === null || busy) return;
    setBusy("Importing…");
    setFailure(null);
    try {
      const result = await importRvuFile(run, chosen.file, { year, mode, onlyBilledCodes: onlyBilled });
      setOutcome(result);
      if (result.kind === "imported") setChosen(null);
    } catch (error) {
      setFailure({ title: "The import stopped", error });
    } finally {
      setBusy(null);
    }
  };

  const ready = plan !== null && plan !== "no-table";
  return (
    <div className={styles.panel}>
      <Body1>
        <label htmlFor={inputId}>RVU file (CMS PPRRVU or CSV)</label>
      </Body1>
      <input
        id={inputId}
        type="file"
        accept=".csv,.txt"
        aria-describedby={hintId}
        disabled={busy !== null}
        onChange={(event) => {
          void choose(event.currentTarget.files);
          event.currentTarget.value = "";
        }}
      />
      <Caption1 id={hintId}>
        {
          "CMS's physician fee schedule relative value file (PPRRVU…csv), or a CSV with Code, Modifier, Work RVU, PE RVU, MP RVU and Total RVU columns."
        }
      </Caption1>
      {refusal && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This file cannot be imported</MessageBarTitle>
            {refusal}
          </MessageBarBody>
        </MessageBar>
      )}
      {chosen && (
        <>
          <Body1>
            {chosen.name}: {count(chosen.file.rows.length, "row")} ({chosen.file.layout}).
          </Body1>
          {chosen.file.skipped.length > 0 && (
            <Caption1>
              {count(chosen.file.skipped.length, "line")} passed over:{" "}
              {chosen.file.skipped.slice(0, 3).join("; ")}
              {chosen.file.skipped.length > 3 ? "; …" : ""}
            </Caption1>
          )}
          <Field
            label="Fee schedule year"
            required
            validationState={year === null ? "error" : "none"}
            {...(year === null
              ? {
                  validationMessage:
                    chosen.file.year === null
                      ? "The file does not name its year: type it (e.g. 2026)."
                      : "Type a year such as 2026.",
                }
              : {})}
          >
            <Input value={yearText} inputMode="numeric" onChange={(_, data) => setYearText(data.value)} />
          </Field>
          <Checkbox
            checked={onlyBilled}
            onChange={(_, data) => setOnlyBilled(data.checked === true)}
            label="Only codes on the practice's claim lines"
          />
        </>
      )}
      {plan === "no-table" && (
        <MessageBar intent="warning">
          <MessageBarBody>{NO_RVU_TABLE}</MessageBarBody>
        </MessageBar>
      )}
      {chosen && ready && (
        <>
          <Body1>
            {plan.billedCodesInFile} of the {plan.billedCodes} codes on your claim lines have values in the
            file
            {plan.billedCodesMissing.length > 0 ? ` (missing: ${plan.billedCodesMissing.join(", ")})` : ""}.
            The RVU table has {count(plan.existingYearRows, "row")} for {plan.year}.
          </Body1>
          <Field label="What to do with the year's rows">
            <RadioGroup
              value={mode}
              onChange={(_, data) => setMode(data.value === "replace" ? "replace" : "append")}
            >
              <Radio
                value="append"
                label={`Add the codes ${plan.year} does not have yet (${count(plan.appendAdds, "row")})`}
              />
              <Radio
                value="replace"
                label={`Replace ${plan.year}'s rows (${count(plan.replaceWrites, "row")} written, ${count(plan.replaceRemoves, "row")} removed)`}
              />
            </RadioGroup>
          </Field>
          <Button
            appearance="primary"
            className={styles.button}
            disabled={busy !== null}
            onClick={() => void doImport()}
          >
            Import RVUs
          </Button>
        </>
      )}
      {busy && <Caption1 role="status">{busy}</Caption1>}
      {failure && <ErrorMessage title={failure.title} error={failure.error} />}
      {outcome && <OutcomeMessage outcome={outcome} />}
    </div>
  );
}

function OutcomeMessage({ outcome }: { outcome: RvuImportOutcome }) {
  if (outcome.kind === "no-table") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{NO_RVU_TABLE}</MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.kind === "nothing-to-do") {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          The RVU table already has every code of the file for {outcome.plan.year}: nothing was written.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const parts = [
    outcome.added > 0 ? `${count(outcome.added, "row")} added` : "",
    outcome.updated > 0 ? `${count(outcome.updated, "row")} replaced` : "",
    outcome.removed > 0 ? `${count(outcome.removed, "row")} removed` : "",
  ].filter((p) => p !== "");
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>RVUs for {outcome.plan.year} imported</MessageBarTitle>
        {parts.join(", ")}. Refresh summaries to update the Productivity sheet.
      </MessageBarBody>
    </MessageBar>
  );
}
