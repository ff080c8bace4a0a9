/** One operation at a time per panel: shows "working", then the result or the failure. */
import { useCallback, useRef, useState } from "react";

export type Guarded<T> =
  | { readonly status: "idle" }
  | { readonly status: "working"; readonly label: string }
  | { readonly status: "failed"; readonly title: string; readonly error: unknown }
  | T;

export function useGuarded<T extends { readonly status: string }>() {
  const [state, setState] = useState<Guarded<T>>({ status: "idle" });
  const busy = useRef(false);
  const guarded = useCallback(async (label: string, title: string, work: () => Promise<Guarded<T>>) => {
    if (busy.current) return;
    busy.current = true;
    setState({ status: "working", label });
    try {
      setState(await work());
    } catch (error) {
      console.error(error); // also shown to the user below
      setState({ status: "failed", title, error });
    } finally {
      busy.current = false;
    }
  }, []);
  return { state, setState, guarded };
}
