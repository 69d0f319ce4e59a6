import { useState, type MouseEvent } from "react";
import type { MeetingRecord } from "@kontaktplan/schema";
import { errorMessage } from "../errors.js";

/** The server's calendar file for one meeting (`GET /calendar/<id>.ics`, the session cookie decides access). */
export function icsHref(meetingId: string): string {
  return `/calendar/${encodeURIComponent(meetingId)}.ics`;
}

/** The file name the server gives in Content-Disposition, or a fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? fallback;
}

/**
 * A link to the meeting's .ics file. It downloads through fetch so that a refusal (signed out,
 * no access) is shown on the page instead of ending as a failed download in the browser.
 */
export function IcsLink({ meeting, label = "Hent fællessamtalen til din kalender (.ics)" }: { meeting: MeetingRecord; label?: string }) {
  const [error, setError] = useState<string | null>(null);
  const href = icsHref(meeting.id);

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    setError(null);
    try {
      const response = await fetch(href, { credentials: "include" });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? `Serveren svarede ${response.status}.`);
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response, `samtale-${meeting.date}.ics`);
      link.click();
      // The browser reads the file after this handler returns; free it once it has.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <>
      <a href={href} download onClick={(e) => void download(e)}>
        {label}
      </a>
      {error ? (
        <p role="alert" className="error-box">
          Kalenderfilen kunne ikke hentes: {error}
        </p>
      ) : null}
    </>
  );
}
