/**
 * "Close the day": for a date, the money the records say came in at the desk per payment method, a
 * field for each counted amount, and the day's exceptions. Close writes DailyClose rows with the
 * variance (closing the same day again updates them).
 */
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  isoFromSerial,
  parseDate,
  serialFromLocalDate,
  serialFromLocalDateTime,
} from "../../domain/dates/excel-dates";
import type { PaymentMethod } from "../../domain/front-desk";
import { money } from "../../domain/rules/display";
import { closeDay, reviewDay, type DayReview } from "../../excel/front-desk/close-day";
import { ErrorMessage } from "../components/ErrorMessage";
import { usePaneEnvironment } from "../environment";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

function amount(text: string): number | null {
  const t = text.trim().replace(/[$,]/g, "");
  if (t === "" || !/^-?\d+(\.\d{1,2})?$/.test(t)) return null;
  return Number(t);
}

export function CloseDayPanel() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const [dateText, setDateText] = useState(isoFromSerial(serialFromLocalDate(new Date())));
  const [review, setReview] = useState<DayReview | null>(null);
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [closedBy, setClosedBy] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState(false);
  const day = parseDate(dateText);

  const load = async () => {
    if (day === null || busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    setSubmitted(false);
    try {
      const r = await reviewDay(run, day);
      setReview(r);
      const initial: Record<string, string> = {};
      for (const l of r.expected) initial[l.method] = String(r.closedBefore[l.method] ?? "");
      setCounts(initial);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const methods = review?.expected.map((l) => l.method) ?? [];
  const parsed = methods.map((m) => [m, amount(counts[m] ?? "")] as const);
  const invalid = parsed.some(([, n]) => n === null);

  const close = async () => {
    setSubmitted(true);
    if (!review || invalid || busy) return;
    setBusy(true);
    setError(null);
    try {
      const counted: Partial<Record<PaymentMethod, number>> = {};
      for (const [m, n] of parsed) if (n !== null) counted[m] = n;
      const result = await closeDay(run, review.day, counted, closedBy, serialFromLocalDateTime(new Date()));
      const short = result.lines.filter((l) => l.variance !== 0);
      setDone(
        `Closed ${isoFromSerial(review.day)}: ${result.added} row(s) added, ${result.updated} updated in DailyClose. ` +
          (short.length === 0
            ? "Every method balances."
            : `Variance: ${short.map((l) => `${l.method} ${money(l.variance)}`).join(", ")}.`),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.panel}>
      <Body1>
        Count the drawer against the day&apos;s copays and patient payments, and see what is left open.
      </Body1>
      <div className={styles.row}>
        <Field label="Day to close" validationState={day === null ? "error" : "none"}>
          <Input type="date" value={dateText} onChange={(_, d) => setDateText(d.value)} />
        </Field>
        <Button disabledFocusable={busy || day === null} onClick={() => void load()}>
          Show the day
        </Button>
      </div>
      {review !== null && (
        <form
          className={styles.panel}
          aria-label="Counted amounts"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void close();
          }}
        >
          {review.expected.length === 0 && (
            <Body1>No desk copays or patient payments recorded that day.</Body1>
          )}
          {review.expected.map((l) => {
            const bad = submitted && amount(counts[l.method] ?? "") === null;
            return (
              <Field
                key={l.method}
                label={`${l.method} counted (expected ${money(l.expected)})`}
                hint={`Copays ${money(l.copays)} + patient payments ${money(l.patientPayments)}`}
                validationState={bad ? "error" : "none"}
                {...(bad ? { validationMessage: "Type the amount counted, e.g. 125.50." } : {})}
              >
                <Input
                  inputMode="decimal"
                  value={counts[l.method] ?? ""}
                  onChange={(_, d) => setCounts({ ...counts, [l.method]: d.value })}
                />
              </Field>
            );
          })}
          <Field label="Closed by">
            <Input value={closedBy} onChange={(_, d) => setClosedBy(d.value)} />
          </Field>
          <Button appearance="primary" type="submit" disabledFocusable={busy || review.expected.length === 0}>
            Close the day
          </Button>
          <Body1>
            {review.exceptions.length === 0
              ? "No exceptions for the day."
              : `Exceptions (${review.exceptions.length}):`}
          </Body1>
          {review.exceptions.length > 0 && (
            <ul className={styles.list}>
              {review.exceptions.map((e) => (
                <li key={`${e.kind}-${e.rowIndex}`}>{e.message}</li>
              ))}
            </ul>
          )}
        </form>
      )}
      {done !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorMessage title="Could not close the day" error={error} />}
    </div>
  );
}
