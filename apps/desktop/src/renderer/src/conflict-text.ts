/** The two versions of a conflict in Danish, from the API records the sync engine keeps. */
import { SyncRecord, type LoggedChange } from "@kontaktplan/schema";
import { formatDanishDateTime, formatDanishShortDate, MEETING_KIND_LABEL, MEETING_STATUS_LABEL, RULE_SET_LABEL, YDELSE_LABEL } from "@kontaktplan/ui";
import { FORM_LABEL } from "@kontaktplan/screens/jobcentre";
import type { ConflictView } from "../../shared/status.js";

const BY_LABEL = { borger: "borgeren", jobcenter: "jobcentret" } as const;

/** The local version of the conflict's subject, read as the record type the server sends back. */
function mineOf(conflict: ConflictView): SyncRecord | null {
  const subject = conflict.subject;
  const change: LoggedChange | undefined = subject ? conflict.mine.findLast((c) => c.entity === subject.entity && c.entityId === subject.id) : undefined;
  if (!change) return null;
  const parsed = SyncRecord.safeParse({ entity: change.entity, id: change.entityId, record: change.op === "delete" ? null : change.payload });
  return parsed.success ? parsed.data : null;
}

function theirsOf(conflict: ConflictView): SyncRecord | null {
  const subject = conflict.subject;
  return conflict.theirs.find((r) => subject !== null && r.entity === subject.entity && r.id === subject.id) ?? null;
}

/** "Individuel samtale mandag 6. januar 2025 kl. 10:00", "Forløb på dagpenge fra 6. januar 2025", … */
export function conflictTitle(conflict: ConflictView): string {
  const version = mineOf(conflict)?.record ? mineOf(conflict) : theirsOf(conflict);
  if (!version?.record) return "Ændring";
  switch (version.entity) {
    case "meeting":
      return `${MEETING_KIND_LABEL[version.record.kind]} ${formatDanishDateTime(version.record.date, version.record.time)}`;
    case "forloeb":
      return `Forløb på ${YDELSE_LABEL[version.record.ydelse]} fra ${formatDanishShortDate(version.record.start)}`;
    case "pause":
      return "Pause i forløbet";
    case "request":
      return "Anmodning om samtale";
    case "setting":
      return "Regelsæt";
    case "citizen":
      return `Borgeren ${version.record.name}`;
    case "user":
      return `Medarbejderen ${version.record.name}`;
    case "team":
      return `Teamet ${version.record.name}`;
  }
}

/** One version in a sentence: what the caseworker would keep by choosing it. */
export function describeVersion(version: SyncRecord | null): string {
  if (!version) return "Ukendt";
  if (!version.record) return "Findes ikke (slettet)";
  switch (version.entity) {
    case "meeting": {
      const m = version.record;
      const form = m.form ? ` (${FORM_LABEL[m.form].toLowerCase()})` : "";
      const reason = m.cancelReason ? `: ${m.cancelReason}` : "";
      return `${MEETING_STATUS_LABEL[m.status]}${form}${reason}, ${formatDanishDateTime(m.date, m.time)}`;
    }
    case "forloeb": {
      const f = version.record;
      return `Forløb på ${YDELSE_LABEL[f.ydelse]} fra ${formatDanishShortDate(f.start)}${f.end ? ` til ${formatDanishShortDate(f.end)}` : ""}`;
    }
    case "pause":
      return `Pause fra ${formatDanishShortDate(version.record.from)} til ${formatDanishShortDate(version.record.to)}`;
    case "request":
      return `Anmodning fra ${BY_LABEL[version.record.by]} ${formatDanishShortDate(version.record.date)}`;
    case "setting":
      return `Regelsættet: ${RULE_SET_LABEL[version.record.value]}`;
    case "citizen":
      return `${version.record.name}${version.record.caseworkerId === null ? ", uden sagsbehandler" : ""}`;
    case "user":
      return `${version.record.name}${version.record.disabled ? " (deaktiveret)" : ""}`;
    case "team":
      return version.record.name;
  }
}

export function describeMine(conflict: ConflictView): string {
  return describeVersion(mineOf(conflict));
}

export function describeTheirs(conflict: ConflictView): string {
  return describeVersion(theirsOf(conflict));
}
