import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";

/**
 * The forløb flags of RULES.md §8 through the API, and the exemption quota: at most 25 % of a pool
 * group's forløb running today may be `undtaget` without an explicit, audited confirmation.
 */
describe.each(DATABASE_KINDS)("forløb flags and the exemption quota on %s", (kind) => {
  const env = useWorld(kind, { nationalRuleSet: null });
  const caseworker = () => callerAs(env.database, env.world.a.caseworker.id);

  /** More dagpenge members in kommune 101, their forløb running today (2025-03-03). */
  async function dagpengeForloeb(count: number) {
    const api = await caseworker();
    const created = [];
    for (let i = 0; i < count; i++) {
      const citizen = await api.citizen.create({ name: `Dorte Dagpenge ${i}`, cpr: `11119000${10 + i}` });
      created.push(await api.forloeb.create({ citizenId: citizen.id, ydelse: "dagpenge", start: "2025-02-03" }));
    }
    return created;
  }

  it("counts each pool group's running forløb and exemptions on Overblik, per kommune", async () => {
    const { a } = env.world;
    const summary = await (await caseworker()).compliance.summary({});
    expect(summary.exemptions).toEqual([
      { targetGroup: "dagpenge", targetGroupLabel: "Dagpengemodtagere", active: 1, exempted: 0, ceiling: 0.25, allowed: 0 },
      { targetGroup: "kontanthjaelp-jobparat", targetGroupLabel: "Kontanthjælpsmodtagere, jobparate", active: 1, exempted: 0, ceiling: 0.25, allowed: 0 },
      { targetGroup: "ledighedsydelse", targetGroupLabel: "Ledighedsydelsesmodtagere", active: 0, exempted: 0, ceiling: 0.25, allowed: 0 },
    ]);
    const [first] = await dagpengeForloeb(4);
    await (await caseworker()).forloeb.setFlags({ forloebId: first!.id, version: first!.version, undtaget: true });
    const after = await (await caseworker()).compliance.summary({});
    expect(after.exemptions[0]).toMatchObject({ targetGroup: "dagpenge", active: 5, exempted: 1, allowed: 1 });
    // Kommune 751 counts only its own.
    const other = await (await callerAs(env.database, env.world.b.caseworker.id)).compliance.summary({});
    expect(other.exemptions[0]).toMatchObject({ targetGroup: "dagpenge", active: 1, exempted: 0 });
    expect(a.jobcentre.kommunekode).toBe("101");
  });

  it("exempts within the ceiling; past it only when confirmed, and the override is in the audit log", async () => {
    const created = await dagpengeForloeb(3);
    // Four dagpenge forløb run today: 25 % allows one exemption.
    const api = await caseworker();
    const first = await api.forloeb.setFlags({ forloebId: created[0]!.id, version: created[0]!.version, undtaget: true });
    expect(first.undtaget).toBe(true);

    const refused = await refusal(api.forloeb.setFlags({ forloebId: created[1]!.id, version: created[1]!.version, undtaget: true }));
    expect(refused.code).toBe("BAD_REQUEST");
    const [error] = shapeOf(refused).data.fieldErrors;
    expect(error?.path).toBe("confirmOverQuota");
    expect(error?.message).toBe(
      "Loftet er 25 %: kommunen har 1 af 4 aktive forløb for dagpengemodtagere undtaget pr. 3. marts 2025, og med denne borger bliver det 50 %. " +
        "Bekræft, hvis borgeren skal undtages alligevel; det registreres i loggen.",
    );
    const unchanged = await api.citizen.get({ citizenId: created[1]!.borgerId });
    expect(unchanged.forloeb[0]).toMatchObject({ undtaget: false, version: created[1]!.version });

    const confirmed = await api.forloeb.setFlags({ forloebId: created[1]!.id, version: created[1]!.version, undtaget: true, confirmOverQuota: true });
    expect(confirmed.undtaget).toBe(true);
    const audits = (await auditRows(env.database)).filter((r) => r.action === "forloeb.setFlags");
    expect(audits.map((r) => r.details)).toEqual([
      { forloebId: created[0]!.id, fields: ["undtaget"], before: { undtaget: false }, after: { undtaget: true } },
      {
        forloebId: created[1]!.id,
        fields: ["undtaget"],
        before: { undtaget: false },
        after: { undtaget: true },
        quotaOverride: { targetGroup: "dagpenge", active: 4, exemptedBefore: 1, ceiling: 0.25 },
      },
    ]);
    // Desktops receive the change.
    expect((await changeRows(env.database)).filter((c) => c.entity === "forloeb" && c.entityId === created[1]!.id).at(-1)?.payload).toMatchObject({
      undtaget: true,
    });
  });

  it("never starts a forløb exempted, so no exemption bypasses the quota", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const message =
      "Et nyt forløb kan ikke undtages fra minimumskravene med det samme: undtag borgeren på forløbet, når det er oprettet, så kommunens loft på 25 % kontrolleres";
    const citizen = await api.citizen.create({ name: "Ulla Undtaget", cpr: "1111900099" });
    const created = await refusal(api.forloeb.create({ citizenId: citizen.id, ydelse: "dagpenge", start: "2025-02-03", undtaget: true }));
    expect(shapeOf(created).data.fieldErrors).toEqual([{ path: "undtaget", message }]);
    const changed = await refusal(
      api.forloeb.changeBenefit({ forloebId: a.kontanthjaelp.forloebId, version: 1, ydelse: "dagpenge", start: "2025-03-03", undtaget: true }),
    );
    expect(shapeOf(changed).data.fieldErrors).toEqual([{ path: "undtaget", message }]);
    // Nothing was written: the citizen has no forløb, and the old forløb still runs.
    expect((await api.citizen.get({ citizenId: citizen.id })).forloeb).toEqual([]);
    expect((await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId })).forloeb.map((f) => [f.ydelse, f.end])).toEqual([["kontanthjaelp", null]]);
  });

  it("needs no confirmation to lift an exemption, outside the pool, or for a forløb not running today", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const exempted = await api.forloeb.setFlags({ forloebId: a.dagpenge.forloebId, version: 1, undtaget: true, confirmOverQuota: true });
    const lifted = await api.forloeb.setFlags({ forloebId: a.dagpenge.forloebId, version: exempted.version, undtaget: false });
    expect(lifted.undtaget).toBe(false);
    const sick = await api.forloeb.create({
      citizenId: a.kontanthjaelp.citizenId,
      ydelse: "sygedagpenge",
      forventetFravaerOver8Uger: true,
      start: "2024-01-08",
      end: "2024-12-31",
    });
    expect((await api.forloeb.setFlags({ forloebId: sick.id, version: sick.version, undtaget: true })).undtaget).toBe(true);
    const ended = await api.forloeb.create({
      citizenId: a.kontanthjaelp.citizenId,
      ydelse: "kontanthjaelp",
      visitation: "jobparat",
      start: "2023-01-02",
      end: "2023-12-29",
    });
    expect((await api.forloeb.setFlags({ forloebId: ended.id, version: ended.version, undtaget: true })).undtaget).toBe(true);
    const overrides = (await auditRows(env.database)).filter((r) => r.action === "forloeb.setFlags" && "quotaOverride" in (r.details as object));
    expect(overrides).toHaveLength(1);
  });

  it("audits every flag it sets with its value before and after", async () => {
    const { a } = env.world;
    const api = await caseworker();
    await api.forloeb.setFlags({ forloebId: a.dagpenge.forloebId, version: 1, visiteretTilJobcenter: true, faellessamtaleInden3Mdr: true });
    const [audit] = (await auditRows(env.database)).filter((r) => r.action === "forloeb.setFlags");
    expect(audit).toMatchObject({
      citizenId: a.dagpenge.citizenId,
      details: {
        forloebId: a.dagpenge.forloebId,
        fields: ["faellessamtaleInden3Mdr", "visiteretTilJobcenter"],
        before: { faellessamtaleInden3Mdr: false, visiteretTilJobcenter: false },
        after: { faellessamtaleInden3Mdr: true, visiteretTilJobcenter: true },
      },
    });
  });
});
