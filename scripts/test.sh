#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint gate, unit tests, production build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-browser.sh
echo "== lint: eslint, prettier, tsc"
npm run --silent lint
echo "== content checks"
npm run --silent check:content
echo "== unit tests"
npx vitest run
echo "== production build"
npm run --silent build
echo "== browser tests against next start"
npx playwright test
