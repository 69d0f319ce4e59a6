import { describe, expect, expectTypeOf, it } from "vitest";
import type { UserRole } from "@kontaktplan/db";
import type { UserRoleCode } from "@kontaktplan/schema";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { changeRows } from "./support/log.js";

describe("role codes", () => {
  it("are the same in the API schema and the database", () => {
    expectTypeOf<UserRoleCode>().toEqualTypeOf<UserRole>();
  });
});

describe.each(DATABASE_KINDS)("the default rule set on %s", (kind) => {
  const env = useWorld(kind, { nationalRuleSet: null });

  it("is the law in force (gaeldende) when nothing is chosen", async () => {
    const { a } = env.world;
    expect(await (await callerAs(env.database, a.caseworker.id)).settings.get()).toEqual({ ruleSet: "gaeldende", scope: "national", kommunekode: null });
  });
});

describe.each(DATABASE_KINDS)("settings on %s", (kind) => {
  const env = useWorld(kind);

  it("keeps a pinned national rule set (the world pins forenklet)", async () => {
    const { a } = env.world;
    expect(await (await callerAs(env.database, a.caseworker.id)).settings.get()).toEqual({ ruleSet: "forenklet", scope: "national", kommunekode: null });
  });

  it("lets a jobcentre admin choose for their own kommune only, and the system admin nationally", async () => {
    const { a, b, systemAdmin } = env.world;
    expect(await (await callerAs(env.database, a.admin.id)).settings.setRuleSet({ ruleSet: "lab" })).toEqual({
      ruleSet: "lab",
      scope: "kommune",
      kommunekode: "101",
    });
    expect((await (await callerAs(env.database, a.caseworker.id)).settings.get()).ruleSet).toBe("lab");
    expect((await (await callerAs(env.database, b.caseworker.id)).settings.get()).ruleSet).toBe("forenklet");
    expect((await changeRows(env.database)).map((c) => [c.kommunekode, c.entity, c.payload])).toEqual([
      ["101", "setting", { key: "ruleSet:101", value: "lab" }],
    ]);

    await (await callerAs(env.database, systemAdmin.id)).settings.setRuleSet({ ruleSet: "lab" });
    expect(await (await callerAs(env.database, b.caseworker.id)).settings.get()).toEqual({ ruleSet: "lab", scope: "national", kommunekode: null });
    expect((await (await callerAs(env.database, a.akasseStaff.id)).settings.get()).ruleSet).toBe("lab");
  });

  it("refuses caseworkers and a-kasse staff", async () => {
    const { a } = env.world;
    for (const userId of [a.caseworker.id, a.akasseStaff.id]) {
      expect((await refusal((await callerAs(env.database, userId)).settings.setRuleSet({ ruleSet: "lab" }))).code).toBe("FORBIDDEN");
    }
  });
});
