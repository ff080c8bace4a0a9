/**
 * Entry of the standalone web app (app.html): the task pane and a sheet grid over the in-memory Excel
 * host, no Office and no network. Opens with an empty workbook, or with the sample practice built when the
 * URL says ?sample=small (what `npm start` opens), standard or large.
 */
import { createRoot } from "react-dom/client";
import { sampleFromQuery, StandaloneApp } from "./StandaloneApp";

const container = document.getElementById("root");
if (container)
  createRoot(container).render(<StandaloneApp startWithSample={sampleFromQuery(window.location.search)} />);
