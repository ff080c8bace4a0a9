/**
 * The problems of one table: errors before warnings, each with its cell, column, value and message.
 * Each problem is a button: click or Enter selects its cell in the workbook. Long lists show the first
 * rows and a "Show more" button so the pane stays fast with thousands of problems.
 */
import { Badge, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TableName } from "../../domain/catalog";
import type { Finding } from "../../domain/rules";
import type { ValidationReport } from "../../excel/validation";
import { headedMessage, shownAddress, shownCell } from "./format";

/** Problems shown per table at first, and how many more each "Show more" adds. */
export const FIRST_SHOWN = 50;
export const MORE_SHOWN = 200;

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  problem: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minHeight: "auto",
  },
  text: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  where: { color: tokens.colorNeutralForeground2 },
  more: { alignSelf: "flex-start" },
});

export interface ProblemGroupProps {
  readonly table: TableName;
  readonly findings: readonly Finding[];
  readonly report: ValidationReport;
  readonly onSelect: (finding: Finding) => void;
}

export function ProblemGroup({ table, findings, report, onSelect }: ProblemGroupProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(FIRST_SHOWN);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const headingId = `problems-${table}`;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {table}
        {errors > 0 && (
          <Badge color="danger" appearance="tint">{`${errors} error${errors === 1 ? "" : "s"}`}</Badge>
        )}
        {warnings > 0 && (
          <Badge color="warning" appearance="tint">{`${warnings} warning${warnings === 1 ? "" : "s"}`}</Badge>
        )}
      </Subtitle2>
      <ul className={styles.list}>
        {findings.slice(0, shown).map((f, i) => (
          <li key={`${f.rowIndex}:${f.columnIndex}:${f.ruleId}:${i}`}>
            <Button
              appearance="subtle"
              className={styles.problem}
              onClick={() => onSelect(f)}
              aria-label={`${f.severity === "error" ? "Error" : "Warning"} in ${shownAddress(report, f)}, ${headedMessage(f)}. Select the cell.`}
            >
              <span className={styles.text}>
                <span>
                  <Badge
                    size="small"
                    color={f.severity === "error" ? "danger" : "warning"}
                    appearance="filled"
                  >
                    {f.severity === "error" ? "Error" : "Warning"}
                  </Badge>{" "}
                  {f.message}
                </span>
                <Caption1 className={styles.where}>
                  {shownAddress(report, f)} · {f.header} · {shownCell(f)}
                </Caption1>
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {findings.length > shown && (
        <Button
          className={styles.more}
          appearance="secondary"
          size="small"
          onClick={() => setShown((n) => n + MORE_SHOWN)}
        >
          {`Show more (${findings.length - shown} more in ${table})`}
        </Button>
      )}
    </section>
  );
}
