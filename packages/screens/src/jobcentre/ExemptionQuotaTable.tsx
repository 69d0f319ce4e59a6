import type { ExemptionQuota } from "@kontaktplan/schema";
import { formatDanishDate } from "@kontaktplan/ui";

function share(exempted: number, active: number): string {
  return active === 0 ? "–" : `${Math.round((100 * exempted) / active)} %`;
}

/**
 * The exemption quota (RULES.md §8, from July 2026): per group of STAR's pool, the forløb running
 * today and how many are exempted from the minimum number of jobsamtaler, against the ceiling.
 */
export function ExemptionQuotaTable({ quotas, asOf }: { quotas: readonly ExemptionQuota[]; asOf: string }) {
  const ceiling = Math.round((quotas[0]?.ceiling ?? 0.25) * 100);
  return (
    <section aria-labelledby="exemptions-heading">
      <h2 id="exemptions-heading">Undtagelser fra minimumskrav</h2>
      <p>
        Fra 1. juli 2026 kan kommunen efter en konkret vurdering undtage op til {ceiling} % af borgerne i hver gruppe fra minimumskravet til antal jobsamtaler
        (foreløbig, efter STAR&apos;s vejledning). Tallene gælder forløb, der løber {formatDanishDate(asOf)}.
      </p>
      <table className="stack-narrow">
        <caption>Undtagne forløb pr. målgruppe (loft {ceiling} %)</caption>
        <thead>
          <tr>
            <th scope="col">Målgruppe</th>
            <th scope="col" className="num">
              Aktive forløb
            </th>
            <th scope="col" className="num">
              Undtaget
            </th>
            <th scope="col" className="num">
              Andel
            </th>
            <th scope="col" className="num">
              Højst efter loftet
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {quotas.map((q) => (
            <tr key={q.targetGroup}>
              <th scope="row">{q.targetGroupLabel}</th>
              <td data-label="Aktive forløb" className="num">
                {q.active}
              </td>
              <td data-label="Undtaget" className="num">
                {q.exempted}
              </td>
              <td data-label="Andel" className="num">
                {share(q.exempted, q.active)}
              </td>
              <td data-label="Højst efter loftet" className="num">
                {q.allowed}
              </td>
              <td data-label="Status">{q.exempted > q.allowed ? <strong className="over-quota">Over loftet</strong> : "Inden for loftet"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
