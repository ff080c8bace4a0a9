/**
 * Day sheet: pick a date, generate the printable "Day Sheet" (one provider per page). A Day Sheet the
 * user edited since it was generated is only replaced after they choose: overwrite it, or keep it as a copy.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { isoFromSerial, parseDate, serialFromLocalDate } from "../../domain/dates/excel-dates";
import { generateDaySheet } from "../../excel/front-desk/day-sheet";
import type { EditedChoice, RefreshResult } from "../../excel/summaries/refresh";
import { ErrorMessage } from "../components/ErrorMessage";
import { usePaneEnvironment } from "../environment";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
});

export function DaySheet() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const [dateText, setDateText] = useState(isoFromSerial(serialFromLocalDate(new Date())));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RefreshResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const day = parseDate(dateText);

  const generate = async (edited?: EditedChoice) => {
    if (day === null || busy) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await generateDaySheet(run, day, edited ? { edited } : {}));
    } catch (e) {
      setError(e);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className={styles.row}>
        <Field
          label="Day sheet for"
          validationState={day === null ? "error" : "none"}
          {...(day === null ? { validationMessage: "Pick a date, e.g. 2026-03-16." } : {})}
        >
          <Input type="date" value={dateText} onChange={(_, d) => setDateText(d.value)} />
        </Field>
        <Button disabledFocusable={busy || day === null} onClick={() => void generate()}>
          {busy ? "Generating…" : "Generate day sheet"}
        </Button>
      </div>
      {result?.status === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {`Day sheet for ${dateText} is on the sheet "${result.sheets[0]?.sheet ?? "Day Sheet"}"` +
              (result.sheets[0]?.keptAs ? ` (your edited copy kept as "${result.sheets[0].keptAs}").` : ".")}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.status === "needsDecision" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The sheet &quot;{result.edited[0]?.sheet}&quot; was edited since it was generated.{" "}
            <Button size="small" onClick={() => void generate("overwrite")}>
              Overwrite it
            </Button>{" "}
            <Button size="small" onClick={() => void generate("keepCopy")}>
              Keep my copy
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorMessage title="Day sheet not generated" error={error} />}
    </>
  );
}
