/**
 * Choosing remittance files: a real file input (keyboard and screen-reader friendly) inside a zone that
 * also accepts files dropped on it. Reads each file's text with readFileText.
 * Props: onFiles(files) with the chosen files' names and text; onError(error) when a file cannot be
 * read; disabled while an import runs.
 */
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type DragEvent } from "react";
import { REMITTANCE_FILE_TYPES } from "../../domain/import";
import { readFileText } from "../components/read-file-text";

export interface ChosenFile {
  readonly name: string;
  readonly text: string;
}

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

async function readAll(list: FileList | readonly File[]): Promise<ChosenFile[]> {
  return Promise.all([...list].map(async (file) => ({ name: file.name, text: await readFileText(file) })));
}

export interface RemittanceFilePickerProps {
  readonly onFiles: (files: ChosenFile[]) => void;
  readonly onError: (error: unknown) => void;
  readonly disabled?: boolean;
}

export function RemittanceFilePicker(props: RemittanceFilePickerProps) {
  const styles = useStyles();
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);

  const accept = (list: FileList | null) => {
    if (!list || list.length === 0 || props.disabled) return;
    readAll(list).then(props.onFiles, props.onError);
  };
  // preventDefault also tells a page around the pane that the files are taken (the standalone app
  // opens other dropped files as workbooks: it checks defaultPrevented).
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    accept(event.dataTransfer.files);
  };

  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      onDragEnter={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        // Leaving for a child of the zone (the label, the input) is not leaving the zone.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
      data-testid="remittance-drop-zone"
    >
      <Body1>
        <label htmlFor={inputId}>Remittance files (835)</label>
      </Body1>
      <input
        id={inputId}
        type="file"
        multiple
        accept={REMITTANCE_FILE_TYPES.join(",")}
        aria-describedby={hintId}
        disabled={props.disabled}
        onChange={(event) => {
          accept(event.currentTarget.files);
          event.currentTarget.value = ""; // choosing the same file again fires change again
        }}
      />
      <Caption1 id={hintId}>Choose one or more .835, .edi or .txt files, or drop them here.</Caption1>
    </div>
  );
}
