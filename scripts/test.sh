#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint gate, content checks, unit tests, production build,
# browser tests against the site's server, then the export, the same export from a clean clone
# (every file byte for byte), the validators over it (HTML, sitemap, Atom), the same browser
# tests against it served by nginx, and the second engine (Firefox).
set -euo pipefail
cd "$(dirname "$0")/.."
# One build date for the whole run, so a run past midnight in Beijing builds every step (and the
# reproducibility check's second build) for the same day.
export BUILD_DATE="${BUILD_DATE:-$(TZ=Asia/Shanghai date +%F)}"
# The system tests (tests/system/) run with Vitest one file at a time, each where its input exists.
system() { npx vitest run --config vitest.system.config.mts "$@"; }

source scripts/lib/stages.sh

stage "test tools" bash scripts/ensure-test-tools.sh
stage "lint: eslint, stylelint, prettier, tsc" npm run --silent lint
stage "content checks" npm run --silent check:content
stage "unit tests" npx vitest run
stage "production build" npm run --silent build
stage "browser tests, site's server" npx playwright test
stage "export to out/" npx tsx scripts/export.ts
stage "reproducible: clean-clone export, byte for byte" npx tsx scripts/reproducible.ts
stage "validators: Nu Html Checker, sitemap XSD, Atom RNG" system tests/system/validate-export.test.ts
stage "browser tests, out/ under nginx" env PORT=3150 npx tsx scripts/serve-static.ts npx playwright test
stage "Firefox (WebDriver BiDi) on out/ under nginx" env PORT=3170 npx tsx scripts/serve-static.ts npx vitest run --config vitest.system.config.mts tests/system/firefox.test.ts
stage "release and rollback under load" system tests/system/release-under-load.test.ts
stage "CDN edge (nginx proxy_cache): caching policy" system tests/system/edge-cache.test.ts
stage "routing and security over HTTPS (nginx)" env TLS=1 PORT=3160 npx tsx scripts/serve-static.ts npx playwright test tests/e2e/routing.spec.ts tests/e2e/security.spec.ts

