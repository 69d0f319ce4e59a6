import { adminCommand } from "./commands/admin.js";
import { compareCommand } from "./commands/compare.js";
import { conformanceCommand } from "./commands/conformance.js";
import { evaluateCommand } from "./commands/evaluate.js";
import { planCommand } from "./commands/plan.js";
import { EXIT } from "./exit-codes.js";
import type { Command, Output } from "./output.js";
import { USAGE, usageError } from "./usage.js";

const COMMANDS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
  conformance: conformanceCommand,
  plan: planCommand,
  compare: compareCommand,
  admin: adminCommand,
};

const HELP = new Set(["-h", "--help", "help", "hjaelp", "hjælp"]);

/** Dispatch `kontakt <command> ...` to its command; returns the exit code. */
export async function run(argv: readonly string[], output: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP.has(name)) {
    output.out(USAGE);
    return EXIT.ok;
  }
  // Object.hasOwn keeps names such as "constructor" from reaching the prototype.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) return usageError(output, `ukendt kommando: ${name}`);
  return command(rest, output);
}
