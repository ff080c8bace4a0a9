/**
 * Create draft claims: a preview of the Draft claims the unbilled visits give, then "Create" appends
 * exactly those to Claims and writes each Claim ID back to its appointment.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { isoFromSerial } from "../../domain/dates/excel-dates";
import {
  createDraftClaims,
  previewDraftClaims,
  type DraftClaimsPreview,
} from "../../excel/revenue-cycle/draft-claims";
import { readUnbilledAfterDays, saveUnbilledAfterDays } from "../../excel/revenue-cycle/settings";
import { ErrorMessage } from "../components/ErrorMessage";
import { OperationProgress } from "../components/OperationProgress";
import { usePaneEnvironment } from "../environment";
import { useState } from "react";
import { useGuarded } from "../components/useGuarded";

type State =
  | { readonly status: "preview"; readonly preview: DraftClaimsPreview }
  | { readonly status: "created"; readonly claimsAdded: number }
  | { readonly status: "setting"; readonly days: number };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  button: { alignSelf: "flex-start" },
});

export function DraftClaims() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const { state, setState, guarded } = useGuarded<State>();

  const preview = () =>
    void guarded("Looking for unbilled visits…", "Preview failed", async () => ({
      status: "preview",
      preview: await previewDraftClaims(run),
    }));
  const create = (p: DraftClaimsPreview) =>
    void guarded("Adding draft claims…", "Creating draft claims failed", async () => ({
      status: "created",
      ...(await createDraftClaims(run, p)),
    }));

  const [days, setDays] = useState("");
  const loadDays = () =>
    void guarded("Reading the setting…", "Reading the setting failed", async () => {
      const stored = await readUnbilledAfterDays(run);
      setDays(String(stored));
      return { status: "setting", days: stored };
    });
  const saveDays = () =>
    void guarded("Saving the setting…", "Saving the setting failed", async () => {
      const n = Number(days);
      await saveUnbilledAfterDays(run, n);
      return { status: "setting", days: n };
    });

  return (
    <div className={styles.panel}>
      <div className={styles.buttons}>
        <Field label="Unbilled after (days)" hint="Stored in the workbook; Validation and the sheet use it.">
          <Input value={days} placeholder="3" onChange={(_, d) => setDays(d.value)} />
        </Field>
      </div>
      <div className={styles.buttons}>
        <Button onClick={loadDays}>Load from workbook</Button>
        <Button onClick={saveDays} disabled={days.trim() === ""}>
          Save
        </Button>
      </div>
      <Button className={styles.button} disabledFocusable={state.status === "working"} onClick={preview}>
        Preview draft claims
      </Button>
      {state.status === "working" && <OperationProgress progress={null} label={state.label} />}
      {state.status === "preview" && state.preview.drafts.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            Every kept visit {state.preview.afterDays} or more days old has a claim.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "preview" && state.preview.drafts.length > 0 && (
        <>
          <Table size="small" aria-label="Draft claims to create">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Claim</TableHeaderCell>
                <TableHeaderCell>Visit</TableHeaderCell>
                <TableHeaderCell>Patient</TableHeaderCell>
                <TableHeaderCell>Payer</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.preview.drafts.map((x) => (
                <TableRow key={x.row["Claim ID"]}>
                  <TableCell>{x.row["Claim ID"]}</TableCell>
                  <TableCell>
                    {x.appointmentId ?? ""} {isoFromSerial(x.row["Service Date"])} {x.row["Provider ID"]}
                  </TableCell>
                  <TableCell>{x.row["Patient Ref"]}</TableCell>
                  <TableCell>{x.row["Payer ID"] || "(none found)"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <span>
            Charges, lines and diagnosis codes are left for coding: Validation lists the drafts until they are
            filled in. Payer: from the patient&apos;s latest claim.
          </span>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => create(state.preview)}>
              Create {state.preview.drafts.length} draft claims
            </Button>
            <Button onClick={() => setState({ status: "idle" })}>Cancel</Button>
          </div>
        </>
      )}
      {state.status === "created" && (
        <MessageBar intent="success">
          <MessageBarBody>
            Added {state.claimsAdded} Draft claims to Claims and linked each to its appointment.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "setting" && (
        <MessageBar intent="success">
          <MessageBarBody>Kept visits are unbilled after {state.days} days in this workbook.</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && <ErrorMessage title={state.title} error={state.error} />}
    </div>
  );
}
