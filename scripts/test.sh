#!/usr/bin/env bash
# The whole test suite, as CI runs it: the quick checks (lint gate beside the unit tests, content
# checks), production build, browser tests against the site's server, then the export, the same
# export from a clean clone (every file byte for byte, built beside the next stages), the proof
# that nginx with the export answers every page and file as the site's server does, a CDN edge
# (beside the next stages), the validators over it (HTML, sitemap, Atom), the browser tests of
# what is nginx's own (routing, headers, encodings, errors, caching) against it, the second
# engine (Firefox) beside the same over HTTPS, and a release under load. Each stage's seconds are
# printed in a table at the end (scripts/lib/stages.sh), also when one fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# One build date for the whole run, so a run past midnight in Beijing builds every step (and the
# reproducibility check's second build) for the same day.
export BUILD_DATE="${BUILD_DATE:-$(TZ=Asia/Shanghai date +%F)}"
# The system tests (tests/system/) run with Vitest one file at a time, each where its input exists.
system() { npx vitest run --config vitest.system.config.mts "$@"; }
# The browser tests against out/ served by nginx on `port`: the specs playwright.config.ts names
# as the host's own (HOST_SPECS), or those given after the port.
nginx_specs() {
  local port=$1
  shift
  env PORT="$port" npx tsx scripts/serve-static.ts npx playwright test "$@"
}

source scripts/lib/stages.sh

stage "test tools: nginx, openssl, poppler" bash scripts/ensure-test-tools.sh unit
# Chromium, Firefox, fonts and the validators' runtimes download and unpack beside the unit
# tests, the lint gate and the build, which need none of them.
begin "test tools: browsers, fonts, validators" bash scripts/ensure-test-tools.sh
source scripts/lib/quick-stages.sh
stage "production build" npm run --silent build
finish "test tools: browsers, fonts, validators"
# PORT for the site's server of this stage only; the specs that build copies use PORT+1, PORT+2.
stage "browser tests, site's server" env PORT="${E2E_PORT:-3100}" npx playwright test
stage "export to out/" npx tsx scripts/export.ts
# A second build and export in a clean clone, compared with out/ when it ends: it builds while
# the stages below, which mostly wait on servers, run.
begin "reproducible: clean-clone export, byte for byte" npx tsx scripts/reproducible.ts
stage "export = site's server: every page, file, encoding" system tests/system/export-parity.test.ts
# The CDN edge's checks mostly wait for its cache lifetimes to pass: beside the stages below, on
# ports of its own.
begin "CDN edge (nginx proxy_cache): caching policy" system tests/system/edge-cache.test.ts
stage "validators: Nu Html Checker, sitemap XSD, Atom RNG" system tests/system/validate-export.test.ts
stage "browser tests of the host's own, out/ under nginx" nginx_specs 3150
begin "routing and security over HTTPS (nginx)" env TLS=1 PORT=3160 npx tsx scripts/serve-static.ts \
  npx playwright test tests/e2e/routing.spec.ts tests/e2e/security.spec.ts
stage "Firefox (WebDriver BiDi) on out/ under nginx" env PORT=3170 npx tsx scripts/serve-static.ts \
  npx vitest run --config vitest.system.config.mts tests/system/firefox.test.ts
finish "routing and security over HTTPS (nginx)"
finish "CDN edge (nginx proxy_cache): caching policy"
finish "reproducible: clean-clone export, byte for byte"
# A bounded load of its own (50 connections for 15 s): alone, so that load is all it measures.
stage "release and rollback under load" system tests/system/release-under-load.test.ts
