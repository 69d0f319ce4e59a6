import { initTRPC, TRPCError } from "@trpc/server";
import { LoginInput, parseWith, type Me } from "@kontaktplan/schema";
import type { z } from "zod";
import type { ConflictChoice, ConflictView, SyncStatus } from "../shared/status.js";

/** What the desktop's own screens ask of the main process besides the app router. */
export interface DesktopServices {
  status(): SyncStatus;
  /** Sign in on this machine (with the server when it can be reached); starts the first download when needed. */
  signIn(input: LoginInput): Promise<Me>;
  /** Push the outbox and pull the server's changes now. */
  syncNow(): Promise<SyncStatus>;
  conflicts(): Promise<ConflictView[]>;
  resolve(id: string, keep: ConflictChoice): Promise<SyncStatus>;
}

const t = initTRPC.context<DesktopServices>().create({
  // The same error shape as the app router's, so the web screens' error helpers read both.
  errorFormatter: ({ shape, error }) => ({
    message: error.code === "INTERNAL_SERVER_ERROR" ? "Der opstod en fejl i Kontaktplan. Prøv igen." : shape.message,
    code: shape.code,
    data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors: [] },
  }),
});

/** Parse input with the schema package's Danish messages. */
function danishInput<S extends z.ZodType>(schema: S) {
  return (raw: unknown): z.output<S> => {
    const parsed = parseWith(schema, raw);
    if (!parsed.ok) throw new TRPCError({ code: "BAD_REQUEST", message: parsed.errors[0]?.message ?? "Ugyldige data" });
    return parsed.value;
  };
}

const ResolveInput = (raw: unknown): { id: string; keep: ConflictChoice } => {
  const value = raw as { id?: unknown; keep?: unknown } | null;
  if (typeof value?.id !== "string" || (value.keep !== "mine" && value.keep !== "theirs")) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Vælg min eller serverens version" });
  }
  return { id: value.id, keep: value.keep };
};

export const desktopRouter = t.router({
  status: t.procedure.query(({ ctx }) => ctx.status()),
  signIn: t.procedure.input(danishInput(LoginInput)).mutation(({ ctx, input }) => ctx.signIn(input)),
  syncNow: t.procedure.mutation(({ ctx }) => ctx.syncNow()),
  conflicts: t.procedure.query(({ ctx }) => ctx.conflicts()),
  resolve: t.procedure.input(ResolveInput).mutation(({ ctx, input }) => ctx.resolve(input.id, input.keep)),
});

export type DesktopRouter = typeof desktopRouter;
