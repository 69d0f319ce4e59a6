/**
 * Idempotent creates. Every web form sends a fresh idempotency key per submission (the same one
 * again when the very same submission is repeated: a double click, a retry after a lost answer).
 * The key is claimed in the transaction of the create itself and stored with its answer, so a
 * repeated submission creates nothing and gets the first answer back; a refused create rolls its
 * claim back with it, and the same key may be tried again. Concurrent repeats queue on the claim's
 * primary key until the first commits.
 */
import { and, eq } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { conflict } from "./errors.js";

const { formSubmissions } = tables;

export async function submitOnce<T>(db: Db, actor: { userId: string }, path: string, key: string | undefined, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    if (key === undefined) return work(tx);
    const mine = and(eq(formSubmissions.userId, actor.userId), eq(formSubmissions.key, key));
    const claimed = await tx.insert(formSubmissions).values({ userId: actor.userId, key, path }).onConflictDoNothing().returning({ key: formSubmissions.key });
    if (claimed.length === 0) {
      const [earlier] = await tx.select().from(formSubmissions).where(mine);
      // A key reused for another kind of form is a client fault; its first answer would be nonsense here.
      if (!earlier || earlier.path !== path || earlier.result === null) throw conflict("Formularen er allerede sendt. Genindlæs siden, og prøv igen.");
      return earlier.result as T;
    }
    const result = await work(tx);
    await tx.update(formSubmissions).set({ result }).where(mine);
    return result;
  });
}
