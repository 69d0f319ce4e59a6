/** A tiny option parser: `--flag`, `--name value`, `--name=value` and `--` (end of options). */
import { defined } from "@kontaktplan/rules";

export type OptionSpec = Readonly<Record<string, "boolean" | "value">>;

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export type ParseOutcome = { ok: true; args: ParsedArgs } | { ok: false; message: string };

export function parseArgs(args: readonly string[], spec: OptionSpec): ParseOutcome {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = defined(args[i], "an argument inside the list");
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    // A lone "-" is an ordinary argument, as elsewhere on the command line.
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = arg.startsWith("--") ? spec[name] : undefined;
    if (kind === undefined) return { ok: false, message: `Ukendt tilvalg: ${arg}` };
    if (kind === "boolean") {
      if (eq !== -1) return { ok: false, message: `Tilvalget --${name} tager ingen værdi` };
      options.set(name, true);
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === "") return { ok: false, message: `Tilvalget --${name} kræver en værdi` };
    options.set(name, value);
  }
  return { ok: true, args: { positionals, options } };
}
