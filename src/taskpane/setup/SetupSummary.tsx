/**
 * What "Set up workbook" did, in plain words: tables created, already there, columns added, tables put on
 * another sheet (because the usual one holds the user's own content), and what it could not do and why.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { SetupResult } from "../../excel/setup";

function Line(props: { label: string; items: readonly string[] }) {
  if (props.items.length === 0) return null;
  return (
    <li>
      {props.label} ({props.items.length}): {props.items.join(", ")}
    </li>
  );
}

export function SetupSummary({ result }: { result: SetupResult }) {
  const { created, existing, columnsAdded, placedOnOtherSheet, problems } = result;
  const ok = problems.length === 0;
  return (
    <>
      <MessageBar intent={ok ? "success" : "warning"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{ok ? "The workbook is ready" : "Set up finished with problems"}</MessageBarTitle>
          <ul>
            <Line label="Created" items={created.map((t) => t.table)} />
            <Line label="Already there" items={existing.map((t) => t.table)} />
            <Line
              label="Columns added"
              items={columnsAdded.map((added) => `${added.table} (${added.columns.join(", ")})`)}
            />
            <Line
              label="Repaired"
              items={(result.repaired ?? []).map((r) => `${r.table}: ${r.changes.join("; ")}`)}
            />
            <Line
              label="Put on another sheet"
              items={placedOnOtherSheet.map(
                (p) => `${p.table} on "${p.used}" because "${p.wanted}" holds your data`,
              )}
            />
          </ul>
        </MessageBarBody>
      </MessageBar>
      {!ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Could not do</MessageBarTitle>
            <ul>
              {problems.map((problem, i) => (
                <li key={i}>
                  {problem.table ? `${problem.table}: ` : ""}
                  {problem.message}
                  {problem.code ? ` (${problem.code})` : ""}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
