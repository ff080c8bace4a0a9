/**
 * "Open this pane with the workbook": a switch over the document setting Office reads to open the pane
 * when the file opens (src/excel/setup/auto-open.ts). The setting travels with the workbook, so the choice
 * holds for everyone who opens it with the add-in. Shows the workbook's value once read; a failed write
 * shows the error and puts the switch back.
 */
import { Switch } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { readAutoOpen, writeAutoOpen } from "../../excel/setup";
import { ErrorMessage } from "../components/ErrorMessage";
import { usePaneEnvironment } from "../environment";

export interface AutoOpenSwitchProps {
  /** Changes when the workbook may have changed the setting (e.g. after Set up): read it again. */
  readonly refreshKey?: unknown;
}

export function AutoOpenSwitch({ refreshKey }: AutoOpenSwitchProps) {
  const { run } = usePaneEnvironment();
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ title: string; cause: unknown } | null>(null);

  useEffect(() => {
    let current = true;
    readAutoOpen(run).then(
      (value) => current && setOn(value),
      (cause: unknown) => current && setError({ title: "Could not read the pane setting", cause }),
    );
    return () => {
      current = false;
    };
  }, [run, refreshKey]);

  const change = useCallback(
    async (checked: boolean) => {
      setBusy(true);
      setError(null);
      try {
        await writeAutoOpen(run, checked);
        setOn(checked);
      } catch (cause) {
        setError({ title: "Could not change the pane setting", cause });
      } finally {
        setBusy(false);
      }
    },
    [run],
  );

  return (
    <>
      <Switch
        label="Open this pane with the workbook"
        checked={on ?? false}
        disabled={on === null || busy}
        onChange={(_, data) => void change(data.checked)}
      />
      {error !== null && <ErrorMessage title={error.title} error={error.cause} />}
    </>
  );
}
