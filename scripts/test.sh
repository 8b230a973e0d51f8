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

bash scripts/ensure-test-tools.sh
echo "== lint: eslint, prettier, tsc"
npm run --silent lint
echo "== content checks"
npm run --silent check:content
echo "== unit tests"
npx vitest run
echo "== production build"
npm run --silent build
echo "== browser tests against the site's server (npm start)"
npx playwright test
echo "== export to out/"
npx tsx scripts/export.ts
echo "== the same export from a clean clone of this commit: every file byte for byte"
npx tsx scripts/reproducible.ts
echo "== validators over out/: Nu Html Checker, sitemaps.org XSD, Atom RELAX NG"
system tests/system/validate-export.test.ts
echo "== browser tests against out/ served by nginx"
PORT=3150 npx tsx scripts/serve-static.ts npx playwright test
echo "== Firefox over WebDriver BiDi: document, header/footer, routing and reading checks on out/"
PORT=3170 npx tsx scripts/serve-static.ts npx vitest run --config vitest.system.config.mts tests/system/firefox.test.ts
echo "== a release and a rollback under load: no error, every page complete"
system tests/system/release-under-load.test.ts
echo "== a CDN edge (nginx proxy_cache) in front of nginx: the caching policy"
system tests/system/edge-cache.test.ts
echo "== routing and security browser tests against out/ over HTTPS (nginx, throwaway certificate)"
TLS=1 PORT=3160 npx tsx scripts/serve-static.ts npx playwright test tests/e2e/routing.spec.ts tests/e2e/security.spec.ts
