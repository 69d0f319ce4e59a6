/** Where a command writes: one call per line. main.ts binds it to stdout/stderr, tests capture it. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Signature shared by every command: its own arguments in, an exit code out. */
export type Command = (args: readonly string[], output: Output) => Promise<number>;
