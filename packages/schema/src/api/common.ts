/** Building blocks every API input shares: ids, dates and times as users enter them, reasons, idempotency keys. */
import { z } from "zod";
import { IsoDate, isValidIsoDate } from "../dates.js";
import { withoutCpr } from "../text.js";

/** A database id (uuid). Checked before any query so a malformed id is a field error, not a crash. */
export const EntityId = z.guid({ error: "Skal være et gyldigt id" });

/**
 * A date a user may enter: a real calendar date within years 1900–2199. Outside that range dates
 * are typing mistakes, and deadlines computed from them would leave the four-digit years the
 * engine's ISO dates have.
 */
// A malformed date already has IsoDate's message; this one is only about the range.
export const ApiDate = IsoDate.refine((d) => !isValidIsoDate(d) || (d >= "1900-01-01" && d <= "2199-12-31"), {
  error: "Datoen skal ligge mellem 1. januar 1900 og 31. december 2199",
});

/** A wall-clock time in Europe/Copenhagen, tt:mm. */
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Klokkeslættet skal skrives som tt:mm, fx 09:30" });

/** A moment as Danes write it: calendar date and time in Europe/Copenhagen. */
export const LocalDateTime = z.object({ date: ApiDate, time: LocalTime });
export type LocalDateTime = z.infer<typeof LocalDateTime>;

export const Reason = withoutCpr(z.string().trim().min(1, { error: "Angiv en begrundelse" }).max(500, { error: "Begrundelsen må højst være 500 tegn" }));

/** Why a pause was registered (optional; empty means none). */
export const PAUSE_REASON_MAX = 200;
export const PauseReason = withoutCpr(
  z
    .string()
    .trim()
    .max(PAUSE_REASON_MAX, { error: `Begrundelsen må højst være ${PAUSE_REASON_MAX} tegn` }),
);

/**
 * Sent by the web portal and the desktop app with every API call. A cross-site form or a simple
 * cross-origin request cannot set a custom header, so the server takes it as proof that a
 * state-changing call is not a forged one (CSRF).
 */
export const API_CLIENT_HEADER = "x-kontaktplan-client";

/**
 * A form submission's idempotency key (a uuid the form draws once per submission): the server
 * creates nothing twice for one key and answers a repeat with the first answer.
 */
export const Idempotent = { idempotencyKey: EntityId.optional() };
