#!/usr/bin/env bash
# Start Kontaktplan. Until the server exists this shows the rules engine at work on the demo
# caseload: obligations, a suggested plan and the rule-set comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh

demo=examples/demo-caseload.json
echo "== Kontaktplan: forslag til samtaler for demo-sagsstammen ($demo)"
pnpm --silent kontakt plan "$demo"
echo
echo "== Minimumskrav efter regelsæt (lab og forenklet)"
pnpm --silent kontakt compare "$demo"
