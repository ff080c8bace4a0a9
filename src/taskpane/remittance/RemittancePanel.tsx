/**
 * "Insurance payments" section: Import remittance (835). The user chooses or drops files; they are read
 * and checked at once, then previewed against the workbook (nothing written). Post payments writes
 * everything in one go, after the user has confirmed any warnings, and says what it did.
 */
import {
  Body1,
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import { readRemittanceFiles, type FileProblem, type RemittanceFile } from "../../domain/import";
import type { Progress } from "../../excel/progress";
import {
  postRemittances,
  previewRemittances,
  type PostOutcome,
  type RemittancePreviewResult,
} from "../../excel/remittance";
import { ErrorMessage } from "../components/ErrorMessage";
import { OperationProgress } from "../components/OperationProgress";
import { usePaneEnvironment } from "../environment";
import { PostResult } from "./PostResult";
import { RemittanceFilePicker, type ChosenFile } from "./RemittanceFilePicker";
import { postingSummary, RemittancePreview } from "./RemittancePreview";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
  next: { marginBlockStart: tokens.spacingVerticalXS },
});

interface Busy {
  readonly label: string;
  readonly progress: Progress | null;
}

interface Failure {
  readonly title: string;
  readonly error: unknown;
}

export function RemittancePanel() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const [files, setFiles] = useState<RemittanceFile[]>([]);
  const [fileProblems, setFileProblems] = useState<FileProblem[]>([]);
  const [preview, setPreview] = useState<RemittancePreviewResult | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [changedNote, setChangedNote] = useState(false);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [outcome, setOutcome] = useState<PostOutcome | null>(null);
  const running = useRef(false);

  /** Runs one action at a time (double clicks and drops while busy are ignored). */
  const exclusive = useCallback(
    async (label: string, title: string, action: (onProgress: (p: Progress) => void) => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      setBusy({ label, progress: null });
      setFailure(null);
      try {
        await action((progress) => setBusy({ label, progress }));
      } catch (error) {
        console.error(error);
        setFailure({ title, error });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [],
  );

  const onFiles = (chosen: ChosenFile[]) => {
    if (running.current) return;
    const read = readRemittanceFiles(chosen);
    setFiles(read.files);
    setFileProblems(read.problems);
    setPreview(null);
    setConfirmed(false);
    setChangedNote(false);
    setOutcome(null);
    setFailure(null);
    if (read.problems.length > 0 || read.files.length === 0) return;
    void exclusive("Reading the workbook…", "Preview failed", async (onProgress) => {
      setPreview(await previewRemittances(run, read.files, { onProgress }));
    });
  };

  const post = () =>
    void exclusive("Posting payments…", "Posting failed", async (onProgress) => {
      const keys = confirmed ? (preview?.plan.warnings.map((w) => w.key) ?? []) : [];
      // Given the preview, the post reuses its plan when files, day and workbook are unchanged.
      const result = await postRemittances(run, files, {
        onProgress,
        confirmedWarnings: keys,
        ...(preview ? { preview } : {}),
      });
      if (result.kind === "needs-confirmation" || result.kind === "blocked") {
        // The workbook changed since the preview: show what posting sees now.
        setPreview({ plan: result.plan, blocking: result.kind === "blocked" ? result.problems : [] });
        setConfirmed(false);
        setChangedNote(true);
        return;
      }
      setOutcome(result);
      setPreview(null);
      setChangedNote(false);
    });

  const warnings = preview?.plan.warnings ?? [];
  const canPost =
    busy === null &&
    preview !== null &&
    fileProblems.length === 0 &&
    preview.blocking.length === 0 &&
    preview.plan.remittancesToPost > 0 &&
    (warnings.length === 0 || confirmed);

  return (
    <div className={styles.panel}>
      <Body1>
        Import remittance (835): posts an insurance payment file to Payments and updates the claims it pays.
        You see everything it will do before anything is written.
      </Body1>
      <RemittanceFilePicker
        onFiles={onFiles}
        onError={(error) => setFailure({ title: "Could not read the file", error })}
        disabled={busy !== null}
      />
      {fileProblems.map((problem) => (
        <MessageBar key={problem.name} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{problem.name} cannot be imported</MessageBarTitle>
            {problem.error.message}
            <Body1 block className={styles.next}>
              Nothing was posted. If this is the file your payer or clearinghouse sent, download it again or
              ask them for a new copy.
            </Body1>
          </MessageBarBody>
        </MessageBar>
      ))}
      {busy && <OperationProgress progress={busy.progress} label={busy.label} />}
      {failure && <ErrorMessage title={failure.title} error={failure.error} />}
      {outcome && <PostResult outcome={outcome} />}
      {changedNote && (
        <MessageBar intent="warning">
          <MessageBarBody>
            The workbook changed since the preview. Nothing was posted; check the preview again.
          </MessageBarBody>
        </MessageBar>
      )}
      {preview && <Body1 block>{postingSummary(preview.plan)}</Body1>}
      {preview && preview.blocking.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Fix these cells first</MessageBarTitle>
            <ul>
              {preview.blocking.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {preview && warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Check before posting</MessageBarTitle>
            <ul>
              {warnings.map((w) => (
                <li key={w.key}>{w.message}</li>
              ))}
            </ul>
            <Checkbox
              checked={confirmed}
              onChange={(_, data) => setConfirmed(data.checked === true)}
              label="I have checked these warnings; post anyway"
            />
          </MessageBarBody>
        </MessageBar>
      )}
      {preview && (
        <Button
          className={styles.button}
          appearance="primary"
          disabledFocusable={!canPost}
          onClick={() => canPost && post()}
        >
          Post payments
        </Button>
      )}
      {preview && <RemittancePreview plan={preview.plan} />}
    </div>
  );
}
