import { describe, expect, it } from "vitest";
import { PasswordCheckBusy, verifyPassword, hashPassword } from "../src/auth/password.js";
import { Budget } from "../src/limiter.js";

/** A piece of work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("Budget", () => {
  it("runs at most `running` at once, lines up `waiting` more, and refuses the rest at once", async () => {
    const budget = new Budget(2, 3);
    let now = 0;
    let most = 0;
    const gates = Array.from({ length: 8 }, gate);
    const results = gates.map((g, i) =>
      budget.run(async () => {
        now++;
        most = Math.max(most, now);
        await g.opened;
        now--;
        return i;
      }),
    );
    // 2 running + 3 waiting; the last 3 are refused without running.
    expect(await Promise.all(results.slice(5))).toEqual([null, null, null]);
    for (const g of gates) g.open();
    expect((await Promise.all(results.slice(0, 5))).map((r) => r?.value)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    // Everything finished: the whole budget is free again.
    expect((await budget.run(async () => "igen"))?.value).toBe("igen");
  });

  it("lets a patient caller wait past the line, still never more than `running` at once", async () => {
    const budget = new Budget(1, 0);
    let now = 0;
    let most = 0;
    const work = async () => {
      now++;
      most = Math.max(most, now);
      await new Promise((resolve) => setTimeout(resolve, 5));
      now--;
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => budget.run(work, true)));
    expect(results.every((r) => r !== null)).toBe(true);
    expect(most).toBe(1);
  });

  it("frees its place when the work fails", async () => {
    const budget = new Budget(1, 0);
    await expect(budget.run(() => Promise.reject(new Error("fejl")))).rejects.toThrow("fejl");
    expect((await budget.run(async () => 1))?.value).toBe(1);
  });
});

describe("password checks under a flood", () => {
  it("refuses checks past the hashing line at once (PasswordCheckBusy) instead of queueing without end", async () => {
    const stored = await hashPassword("rigtig-kode");
    const outcomes = await Promise.allSettled(Array.from({ length: 100 }, () => verifyPassword("forkert", stored)));
    const busy = outcomes.filter((o) => o.status === "rejected");
    expect(busy.length).toBeGreaterThan(0);
    for (const o of busy) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(PasswordCheckBusy);
    for (const o of outcomes) if (o.status === "fulfilled") expect(o.value).toBe(false);
    // The flood over, checks run again.
    expect(await verifyPassword("rigtig-kode", stored)).toBe(true);
  }, 60_000);
});
