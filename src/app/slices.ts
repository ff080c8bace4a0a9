/** The app's time slicing is the add-in's (src/excel/slices.ts): the same pane code runs in both. */
export { SLICE_MS, breathe, nextTask } from "../excel/slices";
