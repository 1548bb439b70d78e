// Entry point of the review desk window.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import { createApiClient } from "./api-client.js";
import "./styles.css";

// Chosen once, before anything renders: this also takes the token out of the visible URL.
const client = createApiClient();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
