/** Exit codes of the kontakt command (64 and 70 follow BSD sysexits: usage error, internal error). */
export const EXIT = {
  ok: 0,
  failed: 1,
  invalid: 2,
  usage: 64,
  internal: 70,
} as const;
