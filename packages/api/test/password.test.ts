import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../src/index.js";

describe("password hashing (scrypt)", () => {
  it("stores scrypt$N$r$p$salt$hash with N=16384, r=8, p=1 and a 64-byte key", async () => {
    const hash = await hashPassword("rødgrød med fløde");
    const parts = hash.split("$");
    expect(parts.slice(0, 4)).toEqual(["scrypt", "16384", "8", "1"]);
    expect(Buffer.from(parts[4]!, "base64")).toHaveLength(16);
    expect(Buffer.from(parts[5]!, "base64")).toHaveLength(64);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("rødgrød med fløde");
    expect(await verifyPassword("rødgrød med fløde", hash)).toBe(true);
    expect(await verifyPassword("rødgrød med fløde ", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts: the same password hashes differently each time", async () => {
    expect(await hashPassword("samme")).not.toBe(await hashPassword("samme"));
  });

  it("treats composed and decomposed Danish letters alike", async () => {
    const hash = await hashPassword("bl\u00e5b\u00e6r");
    expect(await verifyPassword("bla\u030ab\u00e6r", hash)).toBe(true);
  });

  it("never accepts, and never throws on, malformed or hostile hashes", async () => {
    const good = await hashPassword("x");
    const [, , , , salt, key] = good.split("$");
    const hostile = [
      "",
      "plain",
      "bcrypt$2b$10$abc",
      `scrypt$16384$8$1$${salt}`,
      `scrypt$16385$8$1$${salt}$${key}`,
      `scrypt$${2 ** 30}$8$1$${salt}$${key}`,
      `scrypt$16384$0$1$${salt}$${key}`,
      `scrypt$16384$8$1$$${key}`,
      `scrypt$16384$8$1$${salt}$`,
    ];
    for (const stored of hostile) expect(await verifyPassword("x", stored)).toBe(false);
  });
});
