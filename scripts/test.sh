#!/usr/bin/env bash
# The whole test suite, from a fresh clone: set-up, lint, typecheck, unit and integration tests
# (every database test on PGlite and on a real PostgreSQL), and the shared conformance cases
# through the `kontakt` CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

# Install a Debian package when `probe` finds nothing (CI machines start without them).
ensure_package() {
  local package=$1 probe=$2
  compgen -G "$probe" >/dev/null && return
  if [ "$(id -u)" -ne 0 ]; then
    echo "$package is not installed: run this script once as root, or apt-get install $package." >&2
    exit 1
  fi
  echo "Installing $package …" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
}

# The database tests also run on Debian's PostgreSQL.
ensure_package postgresql "/usr/lib/postgresql/*/bin/initdb"
# The web portal's end-to-end tests drive Debian's Chromium (Playwright never downloads a browser).
ensure_package chromium /usr/bin/chromium

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
# The worked examples through the built `kontakt` CLI: the repository's own copy always, and the
# specification's folder too when it sits beside the repository (it may hold newer cases).
pnpm --silent kontakt conformance packages/rules/test/conformance
if [ -d ../shared/conformance ]; then pnpm --silent kontakt conformance ../shared/conformance; fi
pnpm --silent kontakt conformance packages/rules/test/conformance-regimes
if [ -d ../shared/conformance-regimes ]; then pnpm --silent kontakt conformance ../shared/conformance-regimes; fi
