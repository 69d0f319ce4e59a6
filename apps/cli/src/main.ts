#!/usr/bin/env node
import { run } from "./cli.js";
import { EXIT } from "./exit-codes.js";
import type { Output } from "./output.js";

const output: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

// A closed pipe (`kontakt evaluate ... | head -1`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  process.exit(error.code === "EPIPE" ? EXIT.ok : EXIT.internal);
});

try {
  // exitCode rather than exit(): let buffered output reach a pipe before the process ends.
  process.exitCode = await run(process.argv.slice(2), output);
} catch (error) {
  output.err(`kontakt: uventet fejl: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = EXIT.internal;
}
