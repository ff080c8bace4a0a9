/**
 * Entry of the standalone web app (app.html): the task pane and a sheet grid over the in-memory Excel
 * host, no Office and no network. Opens with an empty workbook.
 */
import { createRoot } from "react-dom/client";
import { StandaloneApp } from "./StandaloneApp";

const container = document.getElementById("root");
if (container) createRoot(container).render(<StandaloneApp />);
