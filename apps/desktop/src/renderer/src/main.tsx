import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { ApiProvider, createQueryClient } from "@kontaktplan/screens/jobcentre";
import { createScreensClient } from "./transport.js";
import { DesktopApp } from "./DesktopApp.js";
import "@kontaktplan/screens/styles.css";
import "./desktop.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no element with id root");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <ApiProvider client={createScreensClient()}>
        <DesktopApp />
      </ApiProvider>
    </QueryClientProvider>
  </StrictMode>,
);
