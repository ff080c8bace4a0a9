/**
 * One titled section of the task pane: a <section> labelled by its <h2>, so screen readers can jump
 * between panels by heading or landmark.
 * Props: title (the heading text), children (the panel).
 */
import { makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
});

export function PanelSection(props: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId("panel-heading");
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {props.title}
      </Subtitle2>
      {props.children}
    </section>
  );
}
