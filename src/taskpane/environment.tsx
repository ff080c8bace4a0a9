/**
 * What the task pane runs against. Inside Excel: Office's runner. In the standalone web app: the in-memory
 * host's runner. Panels get it with usePaneEnvironment() and never touch Office globals themselves.
 * Add-in state belongs in the workbook, not in localStorage.
 */
import { createContext, useContext, type ReactNode } from "react";
import { officeRunner, type ExcelRunner } from "../excel/runner";

export interface PaneEnvironment {
  /** Runs one batch of Excel work: one call per user action. */
  readonly run: ExcelRunner;
  readonly kind: "excel" | "standalone";
  /** Selects a cell so the user sees it (e.g. "go to problem"); absent when the host cannot. */
  readonly selectCell?: (sheet: string, address: string) => Promise<void>;
}

/** The environment inside Excel. */
export const officeEnvironment: PaneEnvironment = { run: officeRunner, kind: "excel" };

const PaneEnvironmentContext = createContext<PaneEnvironment | null>(null);

export function PaneEnvironmentProvider(props: { environment: PaneEnvironment; children: ReactNode }) {
  return (
    <PaneEnvironmentContext.Provider value={props.environment}>
      {props.children}
    </PaneEnvironmentContext.Provider>
  );
}

export function usePaneEnvironment(): PaneEnvironment {
  const environment = useContext(PaneEnvironmentContext);
  if (!environment) throw new Error("usePaneEnvironment() needs a <PaneEnvironmentProvider> above it");
  return environment;
}
