/**
 * "Schedule" section: provider (or any active provider), visit type, duration and a date -> the next
 * free slots (providers' hours minus time off, holidays and bookings); pick one and Book it.
 * Everything is a native form control or a Fluent Field, so it works from the keyboard alone (Tab,
 * arrow keys in the slot list, Enter to submit) and every error is announced with its field.
 */
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { APPOINTMENT_TYPES } from "../../domain/catalog/lists";
import { isoFromSerial, serialFromLocalDate, serialFromLocalDateTime } from "../../domain/dates/excel-dates";
import type { FreeSlot } from "../../domain/front-desk";
import { loadProviders, searchSlots, type ProviderChoice } from "../../excel/front-desk/schedule";
import { ErrorMessage } from "../components/ErrorMessage";
import { usePaneEnvironment } from "../environment";
import { BookSlot } from "./BookSlot";
import { DaySheet } from "./DaySheet";
import { checkFromDate, checkMinutes, slotKey, slotTime, TYPE_MINUTES } from "./schedule-form";

const SLOTS_SHOWN = 8;
const ANY = "";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-start" },
  narrow: { maxWidth: "10em" },
  button: { alignSelf: "flex-start" },
});

interface Found {
  readonly slots: readonly FreeSlot[];
  readonly minutes: number;
  readonly type: string;
}

export function SchedulePanel() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const today = serialFromLocalDate(new Date());
  const [providers, setProviders] = useState<readonly ProviderChoice[]>([]);
  const [provider, setProvider] = useState(ANY);
  const [type, setType] = useState<string>("Follow-up");
  const [minutes, setMinutes] = useState(String(TYPE_MINUTES["Follow-up"]));
  const [fromText, setFromText] = useState(isoFromSerial(today));
  const [submitted, setSubmitted] = useState(false);
  const [searching, setSearching] = useState(false);
  const [found, setFound] = useState<Found | null>(null);
  const [chosen, setChosen] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [booked, setBooked] = useState<string | null>(null);

  // The provider list is read when the user first goes to it (not when the pane opens: no Excel work
  // until someone uses the section); every search refreshes it.
  const listRequested = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const loadList = () => {
    if (listRequested.current) return;
    listRequested.current = true;
    Promise.resolve()
      .then(() => loadProviders(run))
      .then(
        (list) => mounted.current && setProviders(list),
        () => (listRequested.current = false), // stays "Any active provider"; a search reports the problem
      );
  };

  const minutesCheck = checkMinutes(minutes);
  const fromCheck = checkFromDate(fromText, today);
  const nameOf = (id: string) => providers.find((p) => p.id === id)?.name ?? id;

  const search = async (keepMessage = false) => {
    setSubmitted(true);
    if (!minutesCheck.ok || !fromCheck.ok || searching) return;
    setSearching(true);
    setError(null);
    if (!keepMessage) setBooked(null);
    try {
      const from = Math.max(fromCheck.value, serialFromLocalDateTime(new Date()));
      const result = await searchSlots(run, {
        providerId: provider === ANY ? null : provider,
        minutes: minutesCheck.value,
        from,
        count: SLOTS_SHOWN,
      });
      setProviders(result.providers);
      setFound({ slots: result.slots, minutes: minutesCheck.value, type });
      setChosen("");
    } catch (e) {
      setError(e);
      setFound(null);
    } finally {
      setSearching(false);
    }
  };

  const chosenSlot = found?.slots.find((s) => slotKey(s) === chosen) ?? null;

  return (
    <div className={styles.panel}>
      <Body1>Find the next free appointment slots and book one.</Body1>
      <form
        className={styles.panel}
        aria-label="Find free slots"
        noValidate // the Fields below say what is wrong, in words, instead of the browser's tooltip
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <Field label="Provider">
          <Select value={provider} onFocus={loadList} onChange={(_, d) => setProvider(d.value)}>
            <option value={ANY}>Any active provider</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.id})
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.row}>
          <Field label="Visit type">
            <Select
              value={type}
              onChange={(_, d) => {
                setType(d.value);
                setMinutes(String(TYPE_MINUTES[d.value] ?? 15));
              }}
            >
              {APPOINTMENT_TYPES.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </Select>
          </Field>
          <Field
            label="Duration (min)"
            className={styles.narrow}
            validationState={submitted && !minutesCheck.ok ? "error" : "none"}
            {...(submitted && !minutesCheck.ok ? { validationMessage: minutesCheck.message } : {})}
          >
            <Input
              type="number"
              min={5}
              max={480}
              step={5}
              value={minutes}
              onChange={(_, d) => setMinutes(d.value)}
            />
          </Field>
          <Field
            label="From"
            validationState={submitted && !fromCheck.ok ? "error" : "none"}
            {...(submitted && !fromCheck.ok ? { validationMessage: fromCheck.message } : {})}
          >
            <Input type="date" value={fromText} onChange={(_, d) => setFromText(d.value)} />
          </Field>
        </div>
        <Button className={styles.button} type="submit" disabledFocusable={searching}>
          {searching ? "Searching…" : "Find free slots"}
        </Button>
      </form>
      {error !== null && <ErrorMessage title="Could not search the schedule" error={error} />}
      {booked !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{booked}</MessageBarBody>
        </MessageBar>
      )}
      {found !== null && found.slots.length === 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>No free slot in the next year for this provider and duration.</MessageBarBody>
        </MessageBar>
      )}
      {found !== null && found.slots.length > 0 && (
        <Field label={`Free slots (${found.minutes} min)`}>
          <RadioGroup value={chosen} onChange={(_, d) => setChosen(d.value)}>
            {found.slots.map((s) => (
              <Radio
                key={slotKey(s)}
                value={slotKey(s)}
                label={`${slotTime(s)} · ${nameOf(s.providerId)} (${s.providerId})`}
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      {found !== null && chosenSlot !== null && (
        <BookSlot
          key={chosen}
          slot={chosenSlot}
          providerName={nameOf(chosenSlot.providerId)}
          type={found.type}
          minutes={found.minutes}
          onBooked={(_, summary) => {
            setBooked(summary);
            void search(true);
          }}
          onRefused={() => undefined}
        />
      )}
      <DaySheet />
    </div>
  );
}
