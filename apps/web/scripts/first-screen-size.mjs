// Prints the gzip size of the JavaScript the first screen loads: the entry chunk of index.html and
// every chunk it imports statically (lazy pages are left out: they load after the login).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));

const seen = new Set();
function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) visit(imported);
}
visit("index.html");

let bytes = 0;
for (const key of seen) {
  const file = manifest[key]?.file;
  if (file?.endsWith(".js")) bytes += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}
if (bytes === 0) throw new Error("The manifest names no JavaScript for index.html");
console.log(`BENCH web firstScreenGzipKiB=${(bytes / 1024).toFixed(1)}`);
