#!/usr/bin/env bash
# Start Kontaktplan: set up, then run the server on http://localhost:${PORT:-3000}.
# By default the data lives in embedded PGlite in data/pglite (created, migrated and seeded with
# fictitious demo data on first start); DATABASE_URL=postgres://… uses PostgreSQL instead, without
# demo data (see README, "In production"). HOST (default 127.0.0.1) is the interface it listens on.
# Stop with Ctrl+C: the server closes the database before it exits.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh

# exec: Ctrl+C and SIGTERM reach the server itself, which shuts down cleanly.
exec node apps/server/dist/main.js
