/**
 * "Validation" section: Validate checks every table and marks problem cells; the live switch keeps the
 * list current as anyone edits; Clear marks removes only the add-in's marks. Counts per table come first,
 * then the problems grouped by table (errors before warnings); selecting one jumps to its cell.
 */
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { TableName } from "../../domain/catalog";
import type { Finding } from "../../domain/rules";
import { ErrorMessage } from "../components/ErrorMessage";
import { OperationProgress } from "../components/OperationProgress";
import { plural, reportSummary } from "./format";
import type { ValidationReport } from "../../excel/validation";
import { ProblemGroup } from "./ProblemList";
import { useValidation } from "./useValidation";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  counts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * The controller records every failure in its snapshot, which this panel shows as an error message; the
 * promise's own rejection is therefore handled here only to keep it from being reported twice.
 */
function shownBySnapshot(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}

export function ValidationPanel() {
  const styles = useStyles();
  const { controller, snapshot } = useValidation();
  const [cleared, setCleared] = useState<number | null>(null);
  /** Validate turns live validation on: the pane says so when it was off (never silently). */
  const [liveTurnedOn, setLiveTurnedOn] = useState(false);
  const { report, status } = snapshot;
  const running = status === "running";

  const groups = new Map<TableName, Finding[]>();
  for (const f of report?.findings ?? []) {
    const list = groups.get(f.table);
    if (list) list.push(f);
    else groups.set(f.table, [f]);
  }

  return (
    <div className={styles.panel}>
      <Body1>Checks every table for wrong values and practice rules, and marks the cells to fix.</Body1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={running}
          onClick={() => {
            setCleared(null);
            setLiveTurnedOn(!snapshot.live);
            shownBySnapshot(controller.validate());
          }}
        >
          Validate
        </Button>
        <Button
          disabledFocusable={running}
          onClick={() => shownBySnapshot(controller.clearMarks().then((n) => setCleared(n)))}
        >
          Clear marks
        </Button>
        <Switch
          label="Live validation"
          checked={snapshot.live}
          disabled={running}
          onChange={(_, data) => {
            setLiveTurnedOn(false);
            shownBySnapshot(controller.setLive(data.checked));
          }}
        />
      </div>
      {running && <OperationProgress progress={snapshot.progress} label="Validating…" />}
      {snapshot.error !== null && snapshot.error !== undefined && (
        <ErrorMessage
          title={status === "failed" ? "Validation failed" : "Validation could not finish"}
          error={snapshot.error}
        />
      )}
      {liveTurnedOn && snapshot.live && !running && (
        <MessageBar intent="info">
          <MessageBarBody>
            Live validation is now on: edits are re-checked as you make them. Turn it off with the Live
            validation switch.
          </MessageBarBody>
        </MessageBar>
      )}
      {cleared !== null && (
        <MessageBar intent="info">
          <MessageBarBody>{clearedMessage(cleared, report)}</MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <div role="status" aria-live="polite">
          <Body1>
            <strong>{reportSummary(report)}</strong>
            {snapshot.live && " · live"}
          </Body1>
          {report.counts.length > 0 && (
            <ul className={styles.counts} aria-label="Problems per table">
              {report.counts.map((c) => (
                <li
                  key={c.table}
                >{`${c.table}: ${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}`}</li>
              ))}
            </ul>
          )}
          {report.missing.length > 0 && (
            <Body1>{`Not in this workbook: ${report.missing.join(", ")}.`}</Body1>
          )}
          {report.unmarkedCells > 0 && (
            <Body1>{`${plural(report.unmarkedCells, "cell")} with problems are listed but not marked (mark limit reached).`}</Body1>
          )}
        </div>
      )}
      {report &&
        [...groups].map(([table, findings]) => (
          <ProblemGroup
            key={table}
            table={table}
            findings={findings}
            report={report}
            onSelect={(f) => shownBySnapshot(controller.select(f))}
          />
        ))}
    </div>
  );
}

/**
 * What Clear marks did, counted like the problem list: one highlighted range can cover several problem
 * cells next to each other, so the number of ranges alone (33) did not match the problems listed (39).
 */
function clearedMessage(ranges: number, report: ValidationReport | null | undefined): string {
  if (ranges === 0) return "There were no marks to clear.";
  const listed = report?.findings.filter((f) => f.rowIndex >= 0 && f.columnIndex >= 0).length ?? 0;
  const what = `${plural(ranges, "highlighted range")}`;
  return listed > 0
    ? `Cleared the marks of the ${plural(listed, "problem")} in cells listed below (${what}; one range can cover neighbouring cells). The list stays until you validate again.`
    : `Cleared ${what}.`;
}
