import { evaluate, evaluateValid } from "@kontaktplan/rules";
import { caseload, random } from "./synthetic.js";

/**
 * Rules engine throughput: 1,000,000 synthetic forløb in caseloads of 1,000, generated outside
 * the timed section and evaluated one caseload per call on this one thread. The headline figure
 * is `evaluateValid` (input already validated, as the server and desktop call it); validation plus
 * evaluation (`evaluate`) is measured on a tenth of the data and printed before it. Then the same
 * caseloads with starts spread over 2019–2027 under `gaeldende` (every regime of RULES.md §8)
 * against `forenklet` alone, interleaved batch by batch so load on the machine hits both alike:
 * `gaeldendeRatio` is gaeldende forløb/s ÷ forenklet forløb/s (target ≥ 0.9).
 */
const TOTAL = 1_000_000;
const BATCH = 1_000;
const rand = random(20180101);

function run(batches: number, fn: (input: ReturnType<typeof caseload>) => number): { seconds: number; obligations: number } {
  let ns = 0n;
  let obligations = 0;
  for (let b = 0; b < batches; b++) {
    const input = caseload(rand, b, BATCH, b % 2 === 0 ? "forenklet" : "lab");
    const t0 = process.hrtime.bigint();
    obligations += fn(input);
    ns += process.hrtime.bigint() - t0;
  }
  return { seconds: Number(ns) / 1e9, obligations };
}

const count = (result: ReturnType<typeof evaluate>) => ("errors" in result ? 0 : result.obligations.length);

run(20, (input) => evaluateValid(input).obligations.length); // warm-up

const checked = run(TOTAL / BATCH / 10, (input) => count(evaluate(input)));
const fast = run(TOTAL / BATCH, (input) => evaluateValid(input).obligations.length);

/** The same caseloads (starts 2019–2027) under `forenklet` and under `gaeldende`, batch by batch. */
function versus(batches: number): { forenklet: number; gaeldende: number; obligations: { forenklet: number; gaeldende: number } } {
  const seconds = { forenklet: 0, gaeldende: 0 };
  const obligations = { forenklet: 0, gaeldende: 0 };
  for (let b = 0; b < batches; b++) {
    const input = caseload(rand, b, BATCH, "gaeldende");
    for (const ruleSet of ["forenklet", "gaeldende"] as const) {
      const t0 = process.hrtime.bigint();
      obligations[ruleSet] += evaluateValid({ ...input, ruleSet }).obligations.length;
      seconds[ruleSet] += Number(process.hrtime.bigint() - t0) / 1e9;
    }
  }
  return { ...seconds, obligations };
}
const REGIME_BATCHES = 200;
const regimes = versus(REGIME_BATCHES);
const gaeldendeRatio = regimes.forenklet / regimes.gaeldende;
// The older regimes ask for more meetings, so `gaeldende` builds more obligations from the same
// forløb; per obligation built the two should cost the same.
const perObligationRatio = regimes.obligations.gaeldende / regimes.gaeldende / (regimes.obligations.forenklet / regimes.forenklet);

const print = (line: string) => process.stdout.write(`${line}\n`);
const perSecond = (n: number, s: number) => Math.round(n / s);
const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
print(`evaluate (validate + evaluate): ${perSecond(TOTAL / 10, checked.seconds)} forløb/s over ${TOTAL / 10} forløb`);
print(`evaluateValid: ${TOTAL} forløb, ${fast.obligations} obligations in ${fast.seconds.toFixed(2)} s`);
print(
  `target ≥ 500000 forløb/s: ratio ${(perSecond(TOTAL, fast.seconds) / 500_000).toFixed(2)}; memory target < 1024 MiB: ratio ${(peakRssMiB / 1024).toFixed(2)}`,
);
const regimeForloeb = REGIME_BATCHES * BATCH;
print(
  `same caseloads, starts 2019–2027: gaeldende ${perSecond(regimeForloeb, regimes.gaeldende)} forløb/s (${regimes.obligations.gaeldende} obligations), forenklet ${perSecond(regimeForloeb, regimes.forenklet)} forløb/s (${regimes.obligations.forenklet} obligations); target ratio ≥ 0.9; per obligation built: ratio ${perObligationRatio.toFixed(2)}`,
);
print(`BENCH rules forloebPerSecond=${perSecond(TOTAL, fast.seconds)} peakRssMiB=${peakRssMiB} gaeldendeRatio=${gaeldendeRatio.toFixed(2)}`);
