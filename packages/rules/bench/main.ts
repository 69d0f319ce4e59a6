import { evaluate, evaluateValid } from "@kontaktplan/rules";
import { caseload, random } from "./synthetic.js";

/**
 * Rules engine throughput: 1,000,000 synthetic forløb in caseloads of 1,000, generated outside
 * the timed section and evaluated one caseload per call on this one thread. The headline figure
 * is `evaluateValid` (input already validated, as the server and desktop call it); validation plus
 * evaluation (`evaluate`) is measured on a tenth of the data and printed before it.
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

const print = (line: string) => process.stdout.write(`${line}\n`);
const perSecond = (n: number, s: number) => Math.round(n / s);
const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
print(`evaluate (validate + evaluate): ${perSecond(TOTAL / 10, checked.seconds)} forløb/s over ${TOTAL / 10} forløb`);
print(`evaluateValid: ${TOTAL} forløb, ${fast.obligations} obligations in ${fast.seconds.toFixed(2)} s`);
print(`target ≥ 500000 forløb/s: ratio ${(perSecond(TOTAL, fast.seconds) / 500_000).toFixed(2)}; memory target < 1024 MiB: ratio ${(peakRssMiB / 1024).toFixed(2)}`);
print(`BENCH rules forloebPerSecond=${perSecond(TOTAL, fast.seconds)} peakRssMiB=${peakRssMiB}`);
