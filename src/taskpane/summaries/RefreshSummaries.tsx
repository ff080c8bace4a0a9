/**
 * Refresh summaries: progress while it runs; when generated sheets were edited since they were
 * generated, asks overwrite / keep a copy / cancel before touching them; then what it did.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import type { SummaryId } from "../../domain/summaries/model";
import type { Progress } from "../../excel/progress";
import { describeSheet } from "../../excel/summaries/describe";
import {
  refreshSummaries,
  type EditedChoice,
  type EditedSheet,
  type RefreshedSheet,
} from "../../excel/summaries/refresh";
import { ErrorMessage } from "../components/ErrorMessage";
import { OperationProgress } from "../components/OperationProgress";
import { usePaneEnvironment } from "../environment";

type RefreshState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: Progress | null }
  | { readonly status: "asking"; readonly edited: readonly EditedSheet[] }
  | { readonly status: "done"; readonly sheets: readonly RefreshedSheet[] }
  | { readonly status: "canceled" }
  | { readonly status: "failed"; readonly error: unknown };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function RefreshSummaries() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const [state, setState] = useState<RefreshState>({ status: "idle" });
  const running = useRef(false);

  const refresh = useCallback(
    async (edited?: Partial<Record<SummaryId, EditedChoice>>) => {
      if (running.current) return;
      running.current = true;
      setState({ status: "running", progress: null });
      try {
        const result = await refreshSummaries(run, {
          onProgress: (progress) => setState({ status: "running", progress }),
          ...(edited ? { edited } : {}),
        });
        setState(
          result.status === "needsDecision"
            ? { status: "asking", edited: result.edited }
            : { status: "done", sheets: result.sheets },
        );
      } catch (error) {
        console.error(error);
        setState({ status: "failed", error });
      } finally {
        running.current = false;
      }
    },
    [run],
  );

  // The answer covers exactly the sheets the user was shown; a sheet edited later is asked about again.
  const answer = (edited: readonly EditedSheet[], choice: EditedChoice) =>
    void refresh(Object.fromEntries(edited.map((e) => [e.id, choice])));

  return (
    <div className={styles.panel}>
      <Button
        className={styles.button}
        appearance="primary"
        disabledFocusable={state.status === "running" || state.status === "asking"}
        onClick={() => void refresh()}
      >
        Refresh summaries
      </Button>
      {state.status === "running" && (
        <OperationProgress progress={state.progress} label="Refreshing summaries…" />
      )}
      {state.status === "asking" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Changed since generated</MessageBarTitle>
            Someone edited {state.edited.length === 1 ? "this sheet" : "these sheets"}:{" "}
            {state.edited.map((e) => e.sheet).join(", ")}. Overwrite the changes, or keep the edited{" "}
            {state.edited.length === 1 ? "sheet" : "sheets"} as a copy and generate new ones?
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => answer(state.edited, "keepCopy")}>Keep a copy</Button>
            <Button onClick={() => answer(state.edited, "overwrite")}>Overwrite</Button>
            <Button onClick={() => setState({ status: "canceled" })}>Cancel</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === "canceled" && (
        <MessageBar intent="info">
          <MessageBarBody>Nothing was changed.</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Summaries refreshed</MessageBarTitle>
            <ul className={styles.list}>
              {state.sheets.map((s) => (
                <li key={s.id}>{describeSheet(s)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && <ErrorMessage title="Refresh failed" error={state.error} />}
    </div>
  );
}
