/**
 * "Workbook" section: creates the practice tables (setupWorkbook), showing progress while it runs and
 * then what it did. Setup never deletes or overwrites what the user wrote, so running it again is safe.
 */
import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import type { ProgressListener } from "../../excel/progress";
import { setupWorkbook } from "../../excel/setup";
import { ErrorMessage } from "../components/ErrorMessage";
import { OperationProgress } from "../components/OperationProgress";
import { useOperation } from "../components/useOperation";
import { usePaneEnvironment } from "../environment";
import { AutoOpenSwitch } from "./AutoOpenSwitch";
import { SetupSummary } from "./SetupSummary";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

export function SetupPanel() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const setup = useCallback((onProgress: ProgressListener) => setupWorkbook(run, { onProgress }), [run]);
  const { state, start } = useOperation(setup);
  const running = state.status === "running";

  return (
    <div className={styles.panel}>
      <Body1>
        Creates the practice tables (patients, appointments, claims, payments…). Tables you already have keep
        their rows; only missing columns are added.
      </Body1>
      {/* disabledFocusable: keyboard focus stays on the button while it is busy. */}
      <Button
        className={styles.button}
        appearance="primary"
        disabledFocusable={running}
        onClick={() => void start()}
      >
        Set up workbook
      </Button>
      {state.status === "running" && (
        <OperationProgress progress={state.progress} label="Setting up the workbook…" />
      )}
      {state.status === "done" && <SetupSummary result={state.result} />}
      {state.status === "failed" && <ErrorMessage title="Setup failed" error={state.error} />}
      {/* Set up turns it on for a new workbook: read again once it finished. */}
      <AutoOpenSwitch refreshKey={state.status} />
    </div>
  );
}
