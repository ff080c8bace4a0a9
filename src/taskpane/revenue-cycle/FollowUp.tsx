/**
 * Work one claim: Log follow-up (a Claim Activity row, and the claim's Follow-up On / Owner) and the
 * Appeal letter. The claim is typed in or taken from the selected cell (Claims, Claim Activity or the
 * Work Queue sheet).
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { CLAIM_ACTIVITY_ACTIONS } from "../../domain/catalog/revenue-cycle-lists";
import { isoFromSerial, serialFromLocalDate, serialFromYmd } from "../../domain/dates/excel-dates";
import { generateAppealLetter } from "../../excel/revenue-cycle/appeal-letter";
import { logFollowUp, selectedClaimId, type ClaimAction } from "../../excel/revenue-cycle/follow-up";
import type { EditedChoice } from "../../excel/summaries/refresh";
import { ErrorMessage } from "../components/ErrorMessage";
import { OperationProgress } from "../components/OperationProgress";
import { usePaneEnvironment } from "../environment";
import { useGuarded } from "../components/useGuarded";

type State =
  | { readonly status: "logged"; readonly claimId: string; readonly action: string }
  | { readonly status: "letter"; readonly sheet: string }
  | { readonly status: "askEdited"; readonly claimId: string; readonly sheet: string }
  | { readonly status: "noSelection" };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
});

/** "2026-03-30" from a date input -> Excel serial (null when empty or unreadable). */
function serialOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? serialFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function FollowUp() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const { state, setState, guarded } = useGuarded<State>();
  const [claimId, setClaimId] = useState("");
  const [action, setAction] = useState<ClaimAction>("Called Payer");
  const [by, setBy] = useState("");
  const [note, setNote] = useState("");
  const [next, setNext] = useState(isoFromSerial(serialFromLocalDate(new Date()) + 14));

  const pickSelection = () =>
    void guarded("Reading the selection…", "Reading the selection failed", async () => {
      const id = await selectedClaimId(run);
      if (id === null) return { status: "noSelection" };
      setClaimId(id);
      return { status: "idle" };
    });
  const log = () =>
    void guarded("Logging follow-up…", "Logging the follow-up failed", async () => {
      await logFollowUp(run, {
        claimId,
        date: serialFromLocalDate(new Date()),
        by,
        action,
        note,
        nextFollowUp: serialOf(next),
      });
      setNote("");
      return { status: "logged", claimId, action };
    });
  const letter = (edited?: EditedChoice) =>
    void guarded("Writing the appeal letter…", "The appeal letter failed", async () => {
      const result = await generateAppealLetter(run, claimId, edited === undefined ? {} : { edited });
      if (result.status === "needsDecision")
        return { status: "askEdited", claimId, sheet: result.edited[0]?.sheet ?? "Appeal Letter" };
      return { status: "letter", sheet: result.sheets[0]?.sheet ?? "Appeal Letter" };
    });

  return (
    <div className={styles.panel}>
      <div className={styles.row}>
        <Field label="Claim ID">
          <Input value={claimId} onChange={(_, d) => setClaimId(d.value)} />
        </Field>
        <Button onClick={pickSelection}>Use selected claim</Button>
      </div>
      <div className={styles.row}>
        <Field label="Action">
          <Select value={action} onChange={(_, d) => setAction(d.value as ClaimAction)}>
            {CLAIM_ACTIVITY_ACTIONS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </Field>
        <Field label="By (owner)">
          <Input value={by} onChange={(_, d) => setBy(d.value)} />
        </Field>
        <Field label="Next follow-up">
          <Input type="date" value={next} onChange={(_, d) => setNext(d.value)} />
        </Field>
      </div>
      <Field label="Note">
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={state.status === "working"} onClick={log}>
          Log follow-up
        </Button>
        <Button disabledFocusable={state.status === "working"} onClick={() => letter()}>
          Appeal letter
        </Button>
      </div>
      {state.status === "working" && <OperationProgress progress={null} label={state.label} />}
      {state.status === "noSelection" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            The selected cell names no claim: select a Claim ID (or a row of Claims or the Work Queue).
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "logged" && (
        <MessageBar intent="success">
          <MessageBarBody>
            Logged &quot;{state.action}&quot; for {state.claimId} in Claim Activity.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "letter" && (
        <MessageBar intent="success">
          <MessageBarBody>Appeal letter written to the sheet &quot;{state.sheet}&quot;.</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "askEdited" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            &quot;{state.sheet}&quot; was changed since the add-in wrote it. Replace it, or keep your copy and
            write a new one?
            <div className={styles.row}>
              <Button onClick={() => letter("overwrite")}>Replace it</Button>
              <Button onClick={() => letter("keepCopy")}>Keep my copy</Button>
              <Button onClick={() => setState({ status: "idle" })}>Cancel</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && <ErrorMessage title={state.title} error={state.error} />}
    </div>
  );
}
