import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ForloebRecord, MeetingRecord } from "@kontaktplan/schema";
import { CancelMeetingForm } from "../src/citizen/CancelMeetingForm.js";
import { ChangeBenefitForm } from "../src/citizen/ChangeBenefitForm.js";
import { MeetingsTable } from "../src/citizen/MeetingsTable.js";
import { PauseForm } from "../src/citizen/PauseForm.js";
import { PlanMeetingForm } from "../src/citizen/PlanMeetingForm.js";
import { RequestForm } from "../src/citizen/RequestForm.js";
import { fakeApi, renderWithApi } from "./support/fake-api.js";

const SUBMISSION_KEY = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

afterEach(cleanup);

const CITIZEN = "11111111-1111-4111-8111-111111111111";
const forloeb: ForloebRecord = {
  id: "22222222-2222-4222-8222-222222222222",
  borgerId: CITIZEN,
  ydelse: "dagpenge",
  start: "2025-01-06",
  end: null,
  pauses: [],
  akasseId: null,
  version: 3,
};
const meeting: MeetingRecord = {
  id: "33333333-3333-4333-8333-333333333333",
  forloebId: forloeb.id,
  startsAt: "2025-03-03T09:00:00.000Z",
  date: "2025-03-03",
  time: "10:00",
  kind: "individuel",
  status: "planlagt",
  form: null,
  participants: [],
  cancelReason: null,
  note: null,
  version: 1,
};

/** The error message tied to a control through aria-describedby. */
function errorOf(control: HTMLElement): string | null | undefined {
  const id = control.getAttribute("aria-describedby");
  return id ? document.getElementById(id)?.textContent : null;
}

describe("ChangeBenefitForm", () => {
  it("asks what the chosen benefit needs and shows the schema's field errors without calling the server", () => {
    const { client, calls } = fakeApi(() => ({ data: null }));
    renderWithApi(<ChangeBenefitForm citizenId={CITIZEN} forloeb={forloeb} asOf="2025-03-03" />, client);
    expect(screen.queryByLabelText("Visitationskategori")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Registrér ydelsesskift" }));
    expect(errorOf(screen.getByLabelText("Ny ydelse"))).toBe("Feltet skal udfyldes");

    fireEvent.change(screen.getByLabelText("Ny ydelse"), { target: { value: "kontanthjaelp" } });
    const visitation = screen.getByLabelText("Visitationskategori");
    expect(
      within(visitation)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Vælg visitationskategori", "Jobparat", "Aktivitetsparat"]);
    fireEvent.click(screen.getByRole("button", { name: "Registrér ydelsesskift" }));
    expect(visitation.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(visitation)).toMatch(/^Visitationskategori mangler/);

    fireEvent.change(screen.getByLabelText("Ny ydelse"), { target: { value: "sygedagpenge" } });
    fireEvent.click(screen.getByRole("button", { name: "Registrér ydelsesskift" }));
    expect(screen.getByRole("group", { name: "Forventes sygefraværet at vare over 8 uger?" }).textContent).toContain("Sygedagpenge kræver oplysning");
    expect(calls).toEqual([]);
  });

  it("sends the ydelsesskift with the forløb's version, then starts over", async () => {
    const { client, calls } = fakeApi(() => ({ data: { ended: forloeb, started: forloeb } }));
    renderWithApi(<ChangeBenefitForm citizenId={CITIZEN} forloeb={forloeb} asOf="2025-03-03" />, client);
    fireEvent.change(screen.getByLabelText("Ny ydelse"), { target: { value: "kontanthjaelp" } });
    fireEvent.change(screen.getByLabelText("Visitationskategori"), { target: { value: "jobparat" } });
    fireEvent.change(screen.getByLabelText("Det nye forløbs startdato"), { target: { value: "2025-03-10" } });
    fireEvent.click(screen.getByRole("button", { name: "Registrér ydelsesskift" }));
    expect(await screen.findByText("Ydelsesskiftet er registreret: et nyt forløb er oprettet.")).toBeTruthy();
    expect(calls).toEqual([
      {
        path: "forloeb.changeBenefit",
        // Every submission carries its idempotency key (a uuid), so a repeat creates nothing twice.
        input: { forloebId: forloeb.id, version: 3, ydelse: "kontanthjaelp", start: "2025-03-10", visitation: "jobparat", idempotencyKey: SUBMISSION_KEY },
      },
    ]);
    expect((screen.getByLabelText("Ny ydelse") as HTMLSelectElement).value).toBe("");
  });

  it("shows the server's refusal beside the field, once, and announces it", async () => {
    const { client } = fakeApi(() => ({
      error: {
        code: "BAD_REQUEST",
        message: "Det nye forløb skal starte efter det nuværende forløbs startdato",
        fieldErrors: [{ path: "start", message: "Det nye forløb skal starte efter det nuværende forløbs startdato" }],
      },
    }));
    renderWithApi(<ChangeBenefitForm citizenId={CITIZEN} forloeb={forloeb} asOf="2025-03-03" />, client);
    fireEvent.change(screen.getByLabelText("Ny ydelse"), { target: { value: "revalidering" } });
    fireEvent.change(screen.getByLabelText("Det nye forløbs startdato"), { target: { value: "2025-01-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Registrér ydelsesskift" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Det nye forløb skal starte efter det nuværende forløbs startdato");
    expect(errorOf(screen.getByLabelText("Det nye forløbs startdato"))).toBe("Det nye forløb skal starte efter det nuværende forløbs startdato");
    // Announced, but shown once: beside the field.
    expect(alert.className).toBe("visually-hidden");
  });

  it("shows a refusal that belongs to no field where the button is", async () => {
    const { client } = fakeApi(() => ({
      error: { code: "CONFLICT", message: "Forløbet er ændret af en anden, siden du hentede det. Hent det igen, og prøv igen." },
    }));
    renderWithApi(<ChangeBenefitForm citizenId={CITIZEN} forloeb={forloeb} asOf="2025-03-03" />, client);
    fireEvent.change(screen.getByLabelText("Ny ydelse"), { target: { value: "revalidering" } });
    fireEvent.click(screen.getByRole("button", { name: "Registrér ydelsesskift" }));
    expect((await screen.findByRole("alert")).className).toBe("error-box");
  });
});

describe("CancelMeetingForm", () => {
  it("needs a reason without a CPR number, then cancels", async () => {
    const { client, calls } = fakeApi(() => ({ data: { ...meeting, status: "aflyst" } }));
    let done = false;
    renderWithApi(<CancelMeetingForm citizenId={CITIZEN} meeting={meeting} onDone={() => (done = true)} onClose={() => undefined} />, client);
    const reason = screen.getByLabelText("Begrundelse for aflysning");
    fireEvent.click(screen.getByRole("button", { name: "Aflys samtalen" }));
    expect(errorOf(reason)).toBe("Angiv en begrundelse");
    fireEvent.change(reason, { target: { value: "Borgeren ringede, 010190-1234" } });
    fireEvent.click(screen.getByRole("button", { name: "Aflys samtalen" }));
    expect(errorOf(reason)).toBe("Teksten må ikke indeholde et CPR-nummer");
    expect(calls).toEqual([]);
    fireEvent.change(reason, { target: { value: "Borgeren er syg" } });
    fireEvent.click(screen.getByRole("button", { name: "Aflys samtalen" }));
    await waitFor(() => expect(done).toBe(true));
    expect(calls).toEqual([{ path: "meeting.cancel", input: { meetingId: meeting.id, reason: "Borgeren er syg" } }]);
  });
});

describe("RequestForm and PauseForm", () => {
  it("require who asked, and send the request", async () => {
    const { client, calls } = fakeApi(() => ({ data: { id: "r1", forloebId: forloeb.id, date: "2025-03-03", by: "borger" } }));
    renderWithApi(<RequestForm citizenId={CITIZEN} forloeb={forloeb} asOf="2025-03-03" />, client);
    fireEvent.click(screen.getByRole("button", { name: "Registrér anmodning" }));
    expect(screen.getByRole("group", { name: "Hvem bad om samtalen?" }).textContent).toContain("Feltet skal udfyldes");
    fireEvent.click(screen.getByLabelText("Borgeren"));
    fireEvent.click(screen.getByRole("button", { name: "Registrér anmodning" }));
    expect(await screen.findByText("Anmodningen er registreret.")).toBeTruthy();
    expect(calls).toEqual([{ path: "request.register", input: { forloebId: forloeb.id, date: "2025-03-03", by: "borger", idempotencyKey: SUBMISSION_KEY } }]);
  });

  it("refuses a pause that ends before it begins", () => {
    const { client, calls } = fakeApi(() => ({ data: forloeb }));
    renderWithApi(<PauseForm citizenId={CITIZEN} forloeb={forloeb} />, client);
    fireEvent.change(screen.getByLabelText("Første dag i pausen"), { target: { value: "2025-03-10" } });
    fireEvent.change(screen.getByLabelText("Sidste dag i pausen"), { target: { value: "2025-03-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Registrér pause" }));
    expect(errorOf(screen.getByLabelText("Sidste dag i pausen"))).toBe("Pausens slutdato ligger før dens startdato");
    expect(calls).toEqual([]);
  });
});

describe("MeetingsTable", () => {
  it("offers held and no-show only once the meeting's day has come, cancel any time, and a referat and a correction of what the jobcentre recorded", () => {
    const later = { ...meeting, id: "44444444-4444-4444-8444-444444444444", date: "2025-04-01", startsAt: "2025-04-01T08:00:00.000Z" };
    const held = { ...meeting, id: "55555555-5555-4555-8555-555555555555", date: "2025-02-01", status: "afholdt" as const };
    const cv = { ...held, id: "66666666-6666-4666-8666-666666666666", date: "2025-01-20", kind: "cv" as const };
    renderWithApi(<MeetingsTable citizenId={CITIZEN} meetings={[cv, held, meeting, later]} asOf="2025-03-03" />);
    const [laterRow, todayRow, heldRow, cvRow] = screen.getAllByRole("row").slice(1);
    expect(
      within(laterRow!)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Aflys (tirsdag 1. april 2025 kl. 10:00)"]);
    expect(
      within(todayRow!)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([
      "Registrér som afholdt (mandag 3. marts 2025 kl. 10:00)",
      "Registrér udeblivelse (mandag 3. marts 2025 kl. 10:00)",
      "Aflys (mandag 3. marts 2025 kl. 10:00)",
    ]);
    expect(
      within(heldRow!)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Skriv referat (lørdag 1. februar 2025 kl. 10:00)", "Ret udfald (lørdag 1. februar 2025 kl. 10:00)"]);
    // The a-kasse's CV-samtale is the a-kasse's to correct.
    expect(within(cvRow!).queryAllByRole("button")).toEqual([]);
  });

  it("asks for a reason when a held meeting is corrected, and sends the correction with the meeting's version", async () => {
    const held = { ...meeting, date: "2025-02-01", status: "afholdt" as const, form: "telefon" as const, participants: ["borger", "jobcenter"], version: 2 };
    const { client, calls } = fakeApi(() => ({
      error: { message: "Angiv en begrundelse", code: "BAD_REQUEST", fieldErrors: [{ path: "reason", message: "Angiv en begrundelse" }] },
    }));
    renderWithApi(<MeetingsTable citizenId={CITIZEN} meetings={[held]} asOf="2025-03-03" />, client);
    fireEvent.click(screen.getByRole("button", { name: /^Ret udfald/ }));
    expect(screen.getByRole("group", { name: "Hvad skete der?" }).textContent).toContain("Ikke holdt endnu: planlagt");
    fireEvent.click(screen.getByLabelText("Udeblevet: borgeren mødte ikke op"));
    fireEvent.click(screen.getByRole("button", { name: "Gem rettelsen" }));
    await waitFor(() => expect(errorOf(screen.getByLabelText(/^Begrundelse/))).toBe("Angiv en begrundelse"));
    expect(calls).toEqual([{ path: "meeting.correct", input: { meetingId: held.id, version: 2, status: "udeblevet" } }]);
  });

  it("marks a no-show after confirmation and announces it", async () => {
    const { client, calls } = fakeApi(() => ({ data: { ...meeting, status: "udeblevet" } }));
    renderWithApi(<MeetingsTable citizenId={CITIZEN} meetings={[meeting]} asOf="2025-03-03" />, client);
    fireEvent.click(screen.getByRole("button", { name: /Registrér udeblivelse/ }));
    fireEvent.click(screen.getByRole("button", { name: "Bekræft udeblivelse" }));
    const announced = await screen.findByText("Samtalen mandag 3. marts 2025 kl. 10:00 er registreret som udeblevet.");
    await waitFor(() => expect(document.activeElement).toBe(announced));
    expect(calls).toEqual([{ path: "meeting.markNoShow", input: { meetingId: meeting.id } }]);
  });

  it("returns focus to the action's button when a form is closed without saving", async () => {
    renderWithApi(<MeetingsTable citizenId={CITIZEN} meetings={[meeting]} asOf="2025-03-03" />);
    fireEvent.click(screen.getByRole("button", { name: /^Aflys/ }));
    expect(document.activeElement).toBe(screen.getByLabelText("Begrundelse for aflysning"));
    fireEvent.click(screen.getByRole("button", { name: "Fortryd" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: /^Aflys/ })));
  });
});

describe("PlanMeetingForm", () => {
  it("warns when the caseworker already has a samtale at that very time, and plans it only when told to plan both", async () => {
    const { client, calls } = fakeApi((call) => (call.path === "meeting.clashes" ? { data: { clashes: 1 } } : { data: meeting }));
    renderWithApi(<PlanMeetingForm citizenId={CITIZEN} forloeb={forloeb} asOf="2025-03-03" />, client);
    fireEvent.click(screen.getByRole("button", { name: "Planlæg samtale" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/^Du har allerede en samtale planlagt mandag 3\. marts 2025 kl\. 10:00\./);
    expect(calls.map((c) => c.path)).toEqual(["meeting.clashes"]);
    fireEvent.click(screen.getByLabelText("Planlæg alligevel på samme tidspunkt"));
    fireEvent.click(screen.getByRole("button", { name: "Planlæg samtale" }));
    expect(await screen.findByText("Samtalen er planlagt.")).toBeTruthy();
    expect(calls.map((c) => c.path)).toEqual(["meeting.clashes", "meeting.plan"]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("plans at once when the time is free; the next one at that time is warned of, without the last one's success", async () => {
    let planned = 0;
    const { client, calls } = fakeApi((call) => {
      if (call.path === "meeting.clashes") return { data: { clashes: planned } };
      planned += 1;
      return { data: meeting };
    });
    renderWithApi(<PlanMeetingForm citizenId={CITIZEN} forloeb={forloeb} asOf="2025-03-03" />, client);
    fireEvent.click(screen.getByRole("button", { name: "Planlæg samtale" }));
    expect(await screen.findByText("Samtalen er planlagt.")).toBeTruthy();
    expect(calls.map((c) => c.path)).toEqual(["meeting.clashes", "meeting.plan"]);
    fireEvent.click(screen.getByRole("button", { name: "Planlæg samtale" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/^Du har allerede en samtale planlagt/);
    expect(screen.queryByText("Samtalen er planlagt.")).toBeNull();
    expect(calls.map((c) => c.path)).toEqual(["meeting.clashes", "meeting.plan", "meeting.clashes"]);
  });
});
