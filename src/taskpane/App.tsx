/**
 * The task pane: a heading, the latest ribbon-command notice, then one section per feature.
 * Feature panels plug in with one <PanelSection> line each in the marked slot.
 */
import { makeStyles, Title3, tokens } from "@fluentui/react-components";
import { CommandNotice } from "./components/CommandNotice";
import { PanelSection } from "./components/PanelSection";
import { RemittancePanel } from "./remittance/RemittancePanel";
import { RvuImportPanel } from "./rvu/RvuImportPanel";
import { RevenueCyclePanel } from "./revenue-cycle/RevenueCyclePanel";
import { CloseDayPanel } from "./schedule/CloseDayPanel";
import { SchedulePanel } from "./schedule/SchedulePanel";
import { SetupPanel } from "./setup/SetupPanel";
import { SummariesPanel } from "./summaries/SummariesPanel";
import { ValidationPanel } from "./validation/ValidationPanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  heading: { margin: 0 },
});

export function App() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <header>
        <Title3 as="h1" className={styles.heading}>
          Practice Manager
        </Title3>
      </header>
      <CommandNotice />
      <main>
        <PanelSection title="Workbook">
          <SetupPanel />
        </PanelSection>
        {/* panels: add one line per feature */}
        <PanelSection title="Validation">
          <ValidationPanel />
        </PanelSection>
        <PanelSection title="Schedule">
          <SchedulePanel />
        </PanelSection>
        <PanelSection title="Close the day">
          <CloseDayPanel />
        </PanelSection>
        <PanelSection title="Insurance payments">
          <RemittancePanel />
        </PanelSection>
        <PanelSection title="Relative value units">
          <RvuImportPanel />
        </PanelSection>
        <PanelSection title="Summaries">
          <SummariesPanel />
        </PanelSection>
        <PanelSection title="Revenue cycle">
          <RevenueCyclePanel />
        </PanelSection>
      </main>
    </div>
  );
}
