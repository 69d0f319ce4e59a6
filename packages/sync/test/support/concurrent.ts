/**
 * Several desktops of one kommune, one caseworker each, that work offline on their own citizens
 * (per citizen: plan a meeting and record a past one) and then push at the same moment. Shared by
 * the test (a small day) and `pnpm bench:sync` (1,000 changes per desktop).
 */
import { performance } from "node:perf_hooks";
import type { PushSummary } from "../../src/index.js";
import { openDesktop, type Desktop } from "./desktop.js";
import { dayFromToday, PASSWORD, type Kommune } from "./fixture.js";
import { signedInRemote } from "./remote.js";

export interface ConcurrentPush {
  readonly desktops: readonly Desktop[];
  /** Each desktop's push: its summary, or the message it failed with. */
  readonly pushes: readonly (PushSummary | { readonly failed: string })[];
  /** Ids each change wrote on the server: planned meetings and recorded meetings. */
  readonly touched: readonly string[];
  readonly pushSeconds: number;
}

/** Citizens needed: two changes per citizen. */
export const citizensFor = (desktops: number, changesEach: number) => (desktops * changesEach) / 2;

export async function pushAtOnce(serverUrl: string, kommune: Kommune, options: { changesEach: number; pushBatchSize?: number }): Promise<ConcurrentPush> {
  const desktops = await Promise.all(
    kommune.caseworkers.map(async (caseworker) =>
      openDesktop({
        remote: await signedInRemote(serverUrl, caseworker.email, PASSWORD),
        email: caseworker.email,
        ...(options.pushBatchSize ? { pushBatchSize: options.pushBatchSize } : {}),
      }),
    ),
  );
  const touched: string[] = [];
  const date = dayFromToday(30);
  await Promise.all(
    desktops.map(async (desktop, d) => {
      const own = kommune.citizens.filter((_, i) => i % desktops.length === d).slice(0, options.changesEach / 2);
      for (const citizen of own) {
        const planned = await desktop.api.meeting.plan({ forloebId: citizen.forloebId, date, time: "09:00", kind: "individuel" });
        await desktop.api.meeting.record({ meetingId: citizen.meetingIds[0]!, form: "telefon", participants: ["borger", "jobcenter"] });
        touched.push(planned.id, citizen.meetingIds[0]!);
      }
    }),
  );
  const start = performance.now();
  const settled = await Promise.allSettled(desktops.map((desktop) => desktop.engine.push()));
  const pushSeconds = (performance.now() - start) / 1000;
  const pushes = settled.map((s) => (s.status === "fulfilled" ? s.value : { failed: String(s.reason) }));
  return { desktops, pushes, touched, pushSeconds };
}
