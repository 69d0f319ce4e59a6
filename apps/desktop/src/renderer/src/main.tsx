import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { connectScreens } from "./transport.js";
import { DesktopApp } from "./DesktopApp.js";
import "./desktop.css";

connectScreens();

const queryClient = new QueryClient({
  // As on the web: a refused call will not change by asking again, and the local router is always there.
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DesktopApp />
    </QueryClientProvider>
  </StrictMode>,
);
