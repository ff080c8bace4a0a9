/**
 * Everything around <App/>: the Fluent theme (following Office's light/dark theme) and the environment
 * the panels run against. Used by the add-in (index.tsx) and usable by the standalone app.
 */
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { App } from "./App";
import { PaneEnvironmentProvider, type PaneEnvironment } from "./environment";

export interface PaneRootProps {
  readonly environment: PaneEnvironment;
  readonly theme: Theme;
  /** Subscribes to theme changes; returns the unsubscribe function. */
  readonly watchTheme?: (onChange: (theme: Theme) => void) => () => void;
}

export function PaneRoot({ environment, theme: initialTheme, watchTheme }: PaneRootProps) {
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => watchTheme?.(setTheme), [watchTheme]);
  return (
    <FluentProvider theme={theme}>
      <PaneEnvironmentProvider environment={environment}>
        <App />
      </PaneEnvironmentProvider>
    </FluentProvider>
  );
}
