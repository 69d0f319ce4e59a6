#!/usr/bin/env bash
# The whole test suite, from a fresh clone: set-up, lint, typecheck, unit and integration tests
# (every database test on PGlite and on a real PostgreSQL), and the shared conformance cases
# through the `kontakt` CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

# The database tests also run on Debian's PostgreSQL, which CI machines start without.
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed: run this script once as root, or apt-get install postgresql." >&2
    exit 1
  fi
  echo "Installing PostgreSQL …" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

# The web portal's end-to-end tests drive Debian's Chromium (Playwright never downloads a browser).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is not installed: run this script once as root, or apt-get install chromium." >&2
    exit 1
  fi
  echo "Installing Chromium …" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

bash scripts/bootstrap.sh

# One throwaway cluster for the whole run (instead of one per test process); every test database
# is created in it from a migrated template. Prints "<url> <data folder>".
cluster=$(node packages/testing/dist/cluster-cli.js start)
trap 'node packages/testing/dist/cluster-cli.js stop "${cluster#* }"' EXIT
export KONTAKTPLAN_TEST_PG_URL="${cluster%% *}"

pnpm lint
pnpm typecheck
# Each vitest run starts its own workers, so more turbo tasks than cores only thrash the machine.
pnpm test --concurrency="$(nproc)"
pnpm --silent kontakt conformance ../shared/conformance
