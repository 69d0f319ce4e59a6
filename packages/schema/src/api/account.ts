/** Users and sessions (auth.*, account.*). */
import { z } from "zod";
import { ORGANISATION_KINDS, USER_ROLE_CODES } from "../codes.js";

export const UserRoleCode = z.enum(USER_ROLE_CODES);
export type UserRoleCode = z.infer<typeof UserRoleCode>;

export const LoginInput = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(1024),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const Organisation = z.object({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  kommunekode: z.string().nullable(),
});
export type Organisation = z.infer<typeof Organisation>;

/** The signed-in user, as `auth.me` and `auth.login` return it. */
export const Me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: UserRoleCode,
  teamId: z.string().nullable(),
  organisation: Organisation.nullable(),
  sessionExpiresAt: z.string(),
  /** Signed in with a one-time password: nothing but choosing a new one is allowed until then. */
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof Me>;
