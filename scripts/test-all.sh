#!/usr/bin/env bash
# Runs every check: types, lint, unit and content tests, the static build, browser tests
# against the export (with axe), the Nu HTML checker, and the nginx header suite when nginx
# is installed. Ends with one line "N passed, N failed" summed over the test runners; a failed
# check that is not a test runner (types, lint, build, HTML) adds one to "failed".
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p .ci-results
rm -f .ci-results/*.json
extra_failed=0
step() {
  local name=$1; shift
  echo
  echo "=== $name ==="
  if "$@"; then echo "--- $name: ok"; return 0; fi
  echo "--- $name: FAILED"
  return 1
}
step "typecheck" npx tsc --noEmit || extra_failed=$((extra_failed + 1))
step "lint" npx eslint --max-warnings 0 . || extra_failed=$((extra_failed + 1))
step "unit and content tests" npx vitest run --reporter=default --reporter=json --outputFile.json=.ci-results/vitest.json || true
if step "build" npm run build; then
  step "browser tests (Playwright + axe)" npx playwright test || true
  step "HTML (Nu checker)" node scripts/validate-html.mjs || extra_failed=$((extra_failed + 1))
  if command -v nginx >/dev/null 2>&1 && [ -f playwright.nginx.config.ts ]; then
    step "nginx headers and hardening" npx playwright test -c playwright.nginx.config.ts || true
  fi
else
  extra_failed=$((extra_failed + 1))
fi
node scripts/summarize-tests.mjs "$extra_failed"
