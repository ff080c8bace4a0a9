import { useSyncExternalStore } from "react";
import {
  validationController,
  type ValidationController,
  type ValidationSnapshot,
} from "../../excel/validation";
import { usePaneEnvironment } from "../environment";

/**
 * The add-in's validation state (shared with the ribbon's Validate command) and its controller. Inside
 * Excel every bundle shares the "office" controller; the standalone app has one per host runner.
 */
export function useValidation(): { controller: ValidationController; snapshot: ValidationSnapshot } {
  const { run, kind } = usePaneEnvironment();
  const controller = validationController(run, kind === "excel" ? "office" : run);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return { controller, snapshot };
}
