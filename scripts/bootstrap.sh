#!/usr/bin/env bash
# Set up a fresh machine for Kontaktplan: pnpm (pinned by package.json), dependencies, build.
# Safe to run again; every step is idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

export TURBO_TELEMETRY_DISABLED=1
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

want=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  echo "Installing pnpm $want …" >&2
  npm install --global --no-fund --no-audit "pnpm@$want" >&2
fi

pnpm install --frozen-lockfile >&2
pnpm build >&2
