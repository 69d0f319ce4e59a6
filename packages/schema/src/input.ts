import { z } from "zod";
import {
  ANMODNING_BY,
  DAGPENGE_ONLY_KINDS,
  HJAELPSTYPER,
  RULE_SETS,
  SAMTALE_FORMS,
  SAMTALE_KINDS,
  SAMTALE_STATUSES,
  VISITATIONS,
  VISITATIONS_BY_HJAELP,
  YDELSER,
  type Hjaelpstype,
  type Ydelse,
} from "./codes.js";
import { IsoDate } from "./dates.js";

const Id = z.string().min(1);
/** Optional fields accept an explicit null, which means "not given". */
const optionalFlag = z.boolean().nullish();

export const Pause = z.object({ from: IsoDate, to: IsoDate }).superRefine((p, ctx) => {
  if (p.to < p.from) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "Pausens slutdato ligger før dens startdato" });
  }
});
export type Pause = z.infer<typeof Pause>;

const ForloebShape = z.object({
  id: Id,
  borgerId: Id,
  ydelse: z.enum(YDELSER),
  start: IsoDate,
  end: IsoDate.nullish(),
  visitation: z.enum(VISITATIONS).nullish(),
  hjaelpstype: z.enum(HJAELPSTYPER).nullish(),
  forventetFravaerOver8Uger: optionalFlag,
  risikoUarbejdsdygtigEfter4Aar: optionalFlag,
  akasseFravalgt: optionalFlag,
  iIntegrationsprogram: optionalFlag,
  faellessamtaleInden3Mdr: optionalFlag,
  visiteretTilJobcenter: optionalFlag,
  undtaget: optionalFlag,
  visitationsdato: IsoDate.nullish(),
  pauses: z.array(Pause).nullish(),
});

/** The benefit whose visitation categories apply (integrationsydelse borrows its hjælpstype's, seed note 1). */
function visitationFamily(ydelse: Ydelse, hjaelpstype: Hjaelpstype | null | undefined): Hjaelpstype | null {
  if (ydelse === "kontanthjaelp" || ydelse === "uddannelseshjaelp") return ydelse;
  if (ydelse === "integrationsydelse") return hjaelpstype ?? null;
  return null;
}

const YDELSE_LABEL: Record<Hjaelpstype, string> = {
  kontanthjaelp: "kontanthjælp",
  uddannelseshjaelp: "uddannelseshjælp",
};

export const Forloeb = ForloebShape.superRefine((f, ctx) => {
  if (f.end != null && f.end < f.start) {
    ctx.addIssue({ code: "custom", path: ["end"], message: "Forløbets slutdato ligger før dets startdato" });
  }
  if (f.ydelse === "integrationsydelse" && f.hjaelpstype == null) {
    ctx.addIssue({
      code: "custom",
      path: ["hjaelpstype"],
      message: "Integrationsydelse kræver en hjælpstype (kontanthjaelp eller uddannelseshjaelp)",
    });
  }
  if (f.ydelse === "sygedagpenge" && f.forventetFravaerOver8Uger == null) {
    ctx.addIssue({
      code: "custom",
      path: ["forventetFravaerOver8Uger"],
      message: "Sygedagpenge kræver oplysning om, hvorvidt fraværet forventes at vare over 8 uger (ja eller nej)",
    });
  }
  const family = visitationFamily(f.ydelse, f.hjaelpstype);
  if (family === null) {
    if (f.visitation != null && !(f.ydelse === "integrationsydelse" && f.hjaelpstype == null)) {
      ctx.addIssue({ code: "custom", path: ["visitation"], message: `Ydelsen ${f.ydelse} har ingen visitationskategori` });
    }
    return;
  }
  const allowed: readonly string[] = VISITATIONS_BY_HJAELP[family];
  if (f.visitation == null) {
    ctx.addIssue({
      code: "custom",
      path: ["visitation"],
      message: `Visitationskategori mangler; for ${YDELSE_LABEL[family]} skal den være en af: ${allowed.join(", ")}`,
    });
  } else if (!allowed.includes(f.visitation)) {
    ctx.addIssue({
      code: "custom",
      path: ["visitation"],
      message: `Visitationskategorien ${f.visitation} passer ikke til ${YDELSE_LABEL[family]}; tilladt: ${allowed.join(", ")}`,
    });
  }
});
export type Forloeb = z.infer<typeof Forloeb>;

export const Samtale = z.object({
  id: Id,
  forloebId: Id,
  date: IsoDate,
  kind: z.enum(SAMTALE_KINDS),
  status: z.enum(SAMTALE_STATUSES),
  form: z.enum(SAMTALE_FORMS).nullish(),
});
export type Samtale = z.infer<typeof Samtale>;

export const Anmodning = z.object({
  id: Id,
  forloebId: Id,
  date: IsoDate,
  by: z.enum(ANMODNING_BY),
});
export type Anmodning = z.infer<typeof Anmodning>;

export const DEFAULT_ANMODNING_FRIST_DAGE = 14;

const EvaluationInputShape = z.object({
  ruleSet: z.enum(RULE_SETS),
  asOf: IsoDate,
  horizon: IsoDate.nullish(),
  anmodningFristDage: z.number().int().min(1).nullish(),
  forloeb: z.array(Forloeb),
  samtaler: z.array(Samtale).nullish(),
  anmodninger: z.array(Anmodning).nullish(),
});

type Ctx = z.RefinementCtx;

function checkUniqueIds(list: readonly { id: string }[], key: string, noun: string, ctx: Ctx): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: "custom", path: [key, i, "id"], message: `${noun}-id'et ${item.id} er brugt mere end én gang` });
    }
    seen.add(item.id);
  });
}

/**
 * Both ends are inclusive, so a forløb ending the day the next starts overlaps it (RULES.md §2.5).
 * In start order, each forløb is checked against the furthest-reaching one before it, so every
 * overlapping forløb is reported, not only neighbours.
 */
function checkNoOverlap(forloeb: readonly Forloeb[], ctx: Ctx): void {
  const byBorger = new Map<string, { f: Forloeb; index: number }[]>();
  forloeb.forEach((f, index) => {
    const list = byBorger.get(f.borgerId) ?? [];
    list.push({ f, index });
    byBorger.set(f.borgerId, list);
  });
  for (const entries of byBorger.values()) {
    const [first, ...later] = [...entries].sort((a, b) => (a.f.start < b.f.start ? -1 : 1));
    if (!first) continue;
    let reach = first.f;
    for (const { f: cur, index } of later) {
      if (reach.end == null || cur.start <= reach.end) {
        ctx.addIssue({
          code: "custom",
          path: ["forloeb", index, "start"],
          message: `Forløbet ${cur.id} overlapper forløbet ${reach.id} for samme borger; et nyt forløb skal starte efter det forriges slutdato`,
        });
      }
      if (reach.end != null && (cur.end == null || cur.end > reach.end)) reach = cur;
    }
  }
}

function checkReferences(input: z.infer<typeof EvaluationInputShape>, ctx: Ctx): void {
  const forloebById = new Map(input.forloeb.map((f) => [f.id, f]));
  (input.samtaler ?? []).forEach((s, i) => {
    const f = forloebById.get(s.forloebId);
    if (!f) {
      ctx.addIssue({ code: "custom", path: ["samtaler", i, "forloebId"], message: `Samtalen hører til et ukendt forløb (${s.forloebId})` });
    } else if (s.kind !== "individuel" && f.ydelse !== "dagpenge") {
      ctx.addIssue({ code: "custom", path: ["samtaler", i, "kind"], message: DAGPENGE_ONLY_MESSAGE[s.kind] });
    }
  });
  (input.anmodninger ?? []).forEach((a, i) => {
    if (!forloebById.has(a.forloebId)) {
      ctx.addIssue({ code: "custom", path: ["anmodninger", i, "forloebId"], message: `Anmodningen hører til et ukendt forløb (${a.forloebId})` });
    }
  });
}

const DAGPENGE_ONLY_MESSAGE: Record<(typeof DAGPENGE_ONLY_KINDS)[number], string> = {
  faelles: "En fællessamtale kan kun holdes på et dagpengeforløb",
  cv: "En CV-samtale kan kun holdes på et dagpengeforløb",
  akasse: "En jobsamtale i a-kassen kan kun holdes på et dagpengeforløb",
};

/** The whole evaluation input, with every cross-field rule of RULES.md §7. */
export const EvaluationInput = EvaluationInputShape.superRefine((input, ctx) => {
  checkUniqueIds(input.forloeb, "forloeb", "Forløbs", ctx);
  checkUniqueIds(input.samtaler ?? [], "samtaler", "Samtale", ctx);
  checkUniqueIds(input.anmodninger ?? [], "anmodninger", "Anmodnings", ctx);
  checkNoOverlap(input.forloeb, ctx);
  checkReferences(input, ctx);
});
export type EvaluationInput = z.infer<typeof EvaluationInput>;
