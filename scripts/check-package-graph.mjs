// The package graph in one rule: apps depend on packages, never on other apps, and packages never
// on apps. Run by `pnpm lint`; ESLint's no-restricted-imports (eslint.config.js) holds the same
// line for the import statements themselves.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

function workspaces(folder) {
  return readdirSync(join(root, folder))
    .map((name) => join(root, folder, name, "package.json"))
    .filter((file) => existsSync(file))
    .map((file) => ({ file, manifest: JSON.parse(readFileSync(file, "utf8")) }));
}

const apps = workspaces("apps");
const appNames = new Set(apps.map((a) => a.manifest.name));
const faults = [];
for (const { file, manifest } of [...apps, ...workspaces("packages")]) {
  for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
    for (const name of Object.keys(manifest[field] ?? {})) {
      if (appNames.has(name)) faults.push(`${file.slice(root.length + 1)}: ${field} names the app ${name}`);
    }
  }
}
if (faults.length > 0) {
  console.error(`Apps may depend only on packages:\n  ${faults.join("\n  ")}`);
  process.exit(1);
}
