import { hashPassword } from "@kontaktplan/api";
import { tables, type Database } from "@kontaktplan/db";
import { DATABASE_KINDS, freshDatabase } from "@kontaktplan/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../src/http.js";
import { smtpMail } from "../src/mailer.js";
import { browserClient, serveForTest, type TestServer } from "@kontaktplan/test-server";
import { readMail, startSmtp, type TestSmtp } from "./support/smtp.js";

const NOW = new Date("2025-11-25T09:00:00Z");
const PASSWORD = "Notifikation-2025-kode";
const CPR = "1207851234";
const FROM = "Kontaktplan <kontaktplan@kommune.example>";

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

describe.each(DATABASE_KINDS)("notifications as e-mail through a real SMTP server on %s", (kind) => {
  let database: Database;
  let server: TestServer;
  let smtp: TestSmtp;
  let base: string;
  const errors: string[] = [];
  const world = { forloebId: "", slotIds: [] as string[] };

  beforeAll(async () => {
    database = await freshDatabase(kind);
    smtp = await startSmtp();
    const db = database.db;
    const { citizens, forloeb, organisations, slots, users } = tables;
    const passwordHash = await hashPassword(PASSWORD);
    // Tabel 2's fællessamtale by 3 months is the deadline booked here.
    await db.insert(tables.settings).values({ key: "ruleSet", value: "forenklet" });
    const [jobcentre] = await db.insert(organisations).values({ kind: "jobcenter", name: "Jobcenter Odense", kommunekode: "461" }).returning();
    const [akasse] = await db.insert(organisations).values({ kind: "akasse", name: "Kystens A-kasse" }).returning();
    const [caseworker] = await db
      .insert(users)
      .values({ organisationId: jobcentre!.id, role: "sagsbehandler", email: "sagsbehandler@odense.example", name: "Sanne Sagsbehandler", passwordHash })
      .returning();
    await db.insert(users).values({ organisationId: akasse!.id, role: "akasse", email: "medarbejder@kysten.example", name: "Mads Medarbejder", passwordHash });
    const [citizen] = await db
      .insert(citizens)
      .values({ kommunekode: "461", cpr: CPR, name: "Maja Medlem", akasseId: akasse!.id, caseworkerId: caseworker!.id })
      .returning();
    const [row] = await db.insert(forloeb).values({ citizenId: citizen!.id, ydelse: "dagpenge", start: "2025-10-01", akasseId: akasse!.id }).returning();
    world.forloebId = row!.id;
    const published = await db
      .insert(slots)
      .values(
        ["2025-11-27T09:00:00Z", "2025-12-02T09:00:00Z"].map((startsAt) => ({
          jobcenterId: jobcentre!.id,
          caseworkerId: caseworker!.id,
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + 45 * 60_000).toISOString(),
        })),
      )
      .returning();
    world.slotIds = published.map((s) => s.id);
    const logError = (line: string) => errors.push(line);
    server = await serveForTest(
      createServer({ database, log: () => undefined, logError, now: () => NOW, mail: smtpMail({ url: smtp.url, from: FROM }, logError) }),
    );
    base = server.url;
  });

  afterAll(async () => {
    await server.close();
    await smtp.close();
    await database.close();
  });

  async function akasse() {
    const browser = browserClient(base);
    await browser.trpc.auth.login.mutate({ email: "medarbejder@kysten.example", password: PASSWORD });
    return browser.trpc;
  }

  it("mails the caseworker of a new booking, in Danish, with neither the member's name nor CPR number", async () => {
    const api = await akasse();
    await api.joint.book.mutate({ forloebId: world.forloebId, slotId: world.slotIds[0]!, rule: "joint-by-3-months", occurrence: 1 });
    await until(() => smtp.received.length === 1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(["sagsbehandler@odense.example"]);
    expect(mail!.from).toBe("kontaktplan@kommune.example");
    const { subject, text, headers } = readMail(mail!.raw);
    expect(subject).toBe("Kontaktplan: Ny booking af fællessamtale");
    expect(text).toBe(
      "Kystens A-kasse har booket en fællessamtale med et medlem torsdag 27. november 2025 kl. 10:00.\n\nLog ind i Kontaktplan for at se, hvem det gælder.\n\nDenne e-mail er sendt automatisk af Kontaktplan og nævner ingen borgere ved navn. Svar ikke på den.\n",
    );
    for (const secret of [CPR, CPR.slice(0, 6), "Maja"]) expect(mail!.raw).not.toContain(secret);
    expect(headers).toMatch(/^From: Kontaktplan <kontaktplan@kommune\.example>$/m);
    expect(errors).toEqual([]);
  });

  it("answers the request even when the SMTP server refuses, and logs the failure without personal data", async () => {
    const api = await akasse();
    smtp.refuse(true);
    try {
      const proposal = await api.joint.propose.mutate({
        forloebId: world.forloebId,
        rule: "joint-by-6-months",
        occurrence: 1,
        times: [{ date: "2026-03-02", time: "10:00" }],
      });
      expect(proposal.status).toBe("pending");
      await until(() => errors.length === 1);
    } finally {
      smtp.refuse(false);
    }
    expect(errors[0]).toMatch(/ e-mail om notifikation [0-9a-f-]{36} kunne ikke sendes: [A-Z]+$/);
    for (const secret of [CPR, "sagsbehandler@odense.example", "Maja"]) expect(errors[0]).not.toContain(secret);
    expect(smtp.received).toHaveLength(1);
  });
});
