#!/usr/bin/env bash
# The whole test suite, from a fresh clone: set-up, lint, typecheck, unit and integration tests,
# and the shared conformance cases through the `kontakt` CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh

pnpm lint
pnpm typecheck
pnpm test
pnpm --silent kontakt conformance ../shared/conformance
