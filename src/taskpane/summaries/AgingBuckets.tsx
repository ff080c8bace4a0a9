/** The A/R aging buckets, stored in the workbook (upper day limits, e.g. "30, 60, 90, 120"). */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { DEFAULT_BUCKET_DAYS } from "../../domain/metrics/aging";
import { readBucketDays, saveBucketDays } from "../../excel/summaries/buckets";
import { describeOfficeError } from "../../excel/errors";
import { usePaneEnvironment } from "../environment";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
});

export function parseLimits(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter((t) => t !== "")
    .map(Number);
}

export function AgingBuckets() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const [text, setText] = useState(DEFAULT_BUCKET_DAYS.join(", "));
  const [message, setMessage] = useState<{ state: "error" | "success" | "none"; text: string }>({
    state: "none",
    text: "",
  });

  const load = async () => {
    try {
      setText((await readBucketDays(run)).join(", "));
      setMessage({ state: "none", text: "" });
    } catch (error) {
      setMessage({ state: "error", text: describeOfficeError(error).message });
    }
  };
  const save = async () => {
    try {
      await saveBucketDays(run, parseLimits(text));
      setMessage({ state: "success", text: "Saved in the workbook; used by the next refresh." });
    } catch (error) {
      setMessage({ state: "error", text: describeOfficeError(error).message });
    }
  };

  return (
    <div className={styles.row}>
      <Field
        label="A/R aging buckets (upper day limits)"
        validationState={message.state}
        {...(message.text ? { validationMessage: message.text } : {})}
      >
        <Input value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Button onClick={() => void load()}>Load from workbook</Button>
      <Button onClick={() => void save()}>Save</Button>
    </div>
  );
}
