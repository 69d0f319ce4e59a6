import { describe, expect, it } from "vitest";
import { weakPasswordReason } from "../src/auth/password-policy.js";
import { oneTimePassword } from "../src/auth/one-time-password.js";

const owner = { email: "mette.hansen@aarhus.dk", name: "Mette Hansen" };

describe("weakPasswordReason", () => {
  it.each([
    ["password1234", "mest brugte"],
    ["QWERTYUIOP123", "mest brugte"],
    ["Kodeord2024!!", "almindeligt ord"],
    ["P@ssw0rd!2025", "almindeligt ord"],
    ["123456789012345", "bogstaver"],
    ["abababababababab", "for få"],
    ["mette.hansen@aarhus.dk!", "e-mailadresse"],
    ["xx-mette.hansen-xx", "e-mailadresse"],
    ["Hansens have 2025", "navn"],
  ])("refuses %s", (password, reason) => {
    expect(weakPasswordReason(password, owner)).toContain(reason);
  });

  it.each(["Blå hest spiser gule æbler", "korrekt hest batteri hæfteklamme", "9vQ!mT2#rLp8&xZ"])("accepts %s", (password) => {
    expect(weakPasswordReason(password, owner)).toBeNull();
  });
});

describe("oneTimePassword", () => {
  it("is 16 unambiguous random characters in groups of four, and it passes the policy", () => {
    const seen = new Set(Array.from({ length: 50 }, () => oneTimePassword()));
    expect(seen.size).toBe(50);
    for (const p of seen) {
      expect(p).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{4}(-[a-km-np-zA-HJ-NP-Z2-9]{4}){3}$/);
      expect(weakPasswordReason(p, owner)).toBeNull();
    }
  });
});
