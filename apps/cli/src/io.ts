import { readdir, readFile } from "node:fs/promises";

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** Why a path could not be read, in Danish; `what` is "Filen" or "Mappen". */
function describeFsError(error: unknown, what: "Filen" | "Mappen", path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return `${what} ${path} findes ikke`;
    case "EACCES":
    case "EPERM":
      return `Der er ikke adgang til ${what.toLowerCase()} ${path}`;
    case "EISDIR":
      return `${path} er en mappe, ikke en fil`;
    case "ENOTDIR":
      return `${path} er ikke en mappe`;
    default:
      return `${what} ${path} kunne ikke læses${code ? ` (${code})` : ""}`;
  }
}

/** Read and parse one JSON file; never throws, so one bad file cannot stop a batch. */
export async function readJsonFile(path: string): Promise<Read<unknown>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { ok: false, message: describeFsError(error, "Filen", path) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: `Filen ${path} indeholder ikke gyldig JSON` };
  }
}

/** Names of the `*.json` files directly in `dir`, sorted by name so runs are reproducible. */
export async function listJsonFiles(dir: string): Promise<Read<string[]>> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries.filter((e) => !e.isDirectory() && e.name.endsWith(".json")).map((e) => e.name);
    return { ok: true, value: names.sort() };
  } catch (error) {
    return { ok: false, message: describeFsError(error, "Mappen", dir) };
  }
}
