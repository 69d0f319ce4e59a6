import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { PORTAL_CSP, sendJson } from "./headers.js";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * Serves the built web portal (`apps/web/dist`). Files under `assets/` carry a content hash in
 * their name, so they are cached for good; any other path without a file extension is a
 * client-side route and gets `index.html`.
 */
export function createStaticFiles(root: string): (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void> {
  const base = normalize(root + sep);
  const assets = join(base, "assets") + sep;
  return async (req, res, pathname) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return sendJson(res, 405, { error: "Metoden er ikke tilladt" });
    }
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      return sendJson(res, 400, { error: "Ugyldig adresse" });
    }
    const file = normalize(join(base, relative));
    // `normalize` has resolved every `..`, so anything outside the root shows here.
    if (!file.startsWith(base)) return sendJson(res, 404, { error: "Ikke fundet" });
    const found = await regularFile(file);
    if (found !== null) return send(req, res, file, found, file.startsWith(assets));
    if (extname(relative) !== "") return sendJson(res, 404, { error: "Ikke fundet" });
    const index = join(base, "index.html");
    const indexSize = await regularFile(index);
    if (indexSize === null) return sendJson(res, 404, { error: "Ikke fundet" });
    return send(req, res, index, indexSize, false);
  };
}

/** The file's size when it is a regular file, else null. */
async function regularFile(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

function send(req: IncomingMessage, res: ServerResponse, file: string, size: number, immutable: boolean): void {
  res.statusCode = 200;
  res.setHeader("Content-Type", CONTENT_TYPES[extname(file)] ?? "application/octet-stream");
  res.setHeader("Content-Length", size);
  res.setHeader("Content-Security-Policy", PORTAL_CSP);
  res.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}
