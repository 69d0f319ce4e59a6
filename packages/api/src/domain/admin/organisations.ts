/** The system admin's organisations: jobcentres (one per kommune, by kommunekode) and a-kasser. */
import { defined } from "@kontaktplan/rules";
import { asc, count, eq, sql } from "drizzle-orm";
import { type Db, onlyRow, tables } from "@kontaktplan/db";
import type { OrganisationCreateInput, OrganisationListItem } from "@kontaktplan/schema";
import type { Actor } from "../../audit.js";
import { fieldError } from "../../errors.js";
import { auditAdmin } from "./admin-audit.js";

const { organisations, users } = tables;

export async function listOrganisations(db: Db): Promise<OrganisationListItem[]> {
  const active = sql`${users.disabled} = false`;
  return db
    .select({
      id: organisations.id,
      kind: organisations.kind,
      name: organisations.name,
      kommunekode: organisations.kommunekode,
      users: sql<number>`(count(${users.id}) filter (where ${active}))::int`,
      admins: sql<number>`(count(${users.id}) filter (where ${active} and ${users.role} in ('jobcenter_admin', 'akasse_admin')))::int`,
    })
    .from(organisations)
    .leftJoin(users, eq(users.organisationId, organisations.id))
    .groupBy(organisations.id)
    .orderBy(asc(organisations.kind), asc(organisations.name));
}

export async function createOrganisation(db: Db, actor: Actor, input: OrganisationCreateInput): Promise<OrganisationListItem> {
  const kommunekode = input.kind === "jobcenter" ? defined(input.kommunekode, "a jobcentre's kommunekode (the input schema requires it)") : null;
  const [taken] = await db
    .select({ n: count() })
    .from(organisations)
    .where(kommunekode === null ? eq(sql`lower(${organisations.name})`, input.name.toLowerCase()) : eq(organisations.kommunekode, kommunekode));
  if ((taken?.n ?? 0) > 0) {
    throw kommunekode === null
      ? fieldError("name", "Der findes allerede en a-kasse med dette navn", "CONFLICT")
      : fieldError("kommunekode", `Kommune ${kommunekode} har allerede et jobcenter`, "CONFLICT");
  }
  const org = onlyRow(await db.insert(organisations).values({ kind: input.kind, name: input.name, kommunekode }).returning());
  await auditAdmin(db, actor, "admin.organisation.create", { organisationId: org.id, after: { kind: org.kind, name: org.name, kommunekode } });
  return { id: org.id, kind: org.kind, name: org.name, kommunekode, users: 0, admins: 0 };
}
