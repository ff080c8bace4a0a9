/**
 * Booking the chosen slot: Patient Ref (required), room and notes, then Book. The workbook is checked
 * again when booking, so a slot taken meanwhile is refused with a message instead of double-booked.
 * Props: slot (chosen), providerName, type, minutes; onBooked(message) after a booking, onRefused().
 */
import { Button, Field, Input, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { FreeSlot } from "../../domain/front-desk";
import { bookAppointment, type Booked } from "../../excel/front-desk/schedule";
import { ErrorMessage } from "../components/ErrorMessage";
import { usePaneEnvironment } from "../environment";
import { checkPatientRef, slotTime } from "./schedule-form";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

export interface BookSlotProps {
  readonly slot: FreeSlot;
  readonly providerName: string;
  readonly type: string;
  readonly minutes: number;
  readonly onBooked: (booked: Booked, summary: string) => void;
  readonly onRefused: () => void;
}

export function BookSlot(props: BookSlotProps) {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const [patientRef, setPatientRef] = useState("");
  const [room, setRoom] = useState("");
  const [notes, setNotes] = useState("");
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ref = checkPatientRef(patientRef);
  const showRefError = touched && !ref.ok;

  const book = async () => {
    setTouched(true);
    if (!ref.ok || busy) return;
    setBusy(true);
    setError(null);
    try {
      const booked = await bookAppointment(run, {
        providerId: props.slot.providerId,
        date: props.slot.date,
        start: props.slot.start,
        minutes: props.minutes,
        patientRef: ref.value,
        type: props.type,
        room,
        notes,
      });
      props.onBooked(
        booked,
        `Booked ${booked.appointmentId}: ${ref.value} with ${props.providerName} on ${slotTime(props.slot)} (${props.minutes} min).`,
      );
    } catch (e) {
      setError(e);
      props.onRefused();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label="Book the chosen slot"
      noValidate // Patient Ref's Field says what is missing, in words
      onSubmit={(event) => {
        event.preventDefault();
        void book();
      }}
    >
      <Field
        label="Patient Ref"
        required
        hint="Chart or account number (never the patient's name)."
        validationState={showRefError ? "error" : "none"}
        {...(showRefError && !ref.ok ? { validationMessage: ref.message } : {})}
      >
        <Input
          value={patientRef}
          onChange={(_, d) => setPatientRef(d.value)}
          onBlur={() => setTouched(true)}
        />
      </Field>
      <Field label="Room">
        <Input value={room} onChange={(_, d) => setRoom(d.value)} />
      </Field>
      <Field label="Notes" hint="Scheduling notes only (no clinical detail).">
        <Textarea value={notes} onChange={(_, d) => setNotes(d.value)} resize="vertical" />
      </Field>
      <Button className={styles.button} appearance="primary" type="submit" disabledFocusable={busy}>
        {busy ? "Booking…" : "Book"}
      </Button>
      {error !== null && <ErrorMessage title="Not booked" error={error} />}
    </form>
  );
}
