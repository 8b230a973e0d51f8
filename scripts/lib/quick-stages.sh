# The quick checks, the first stages of `npm test` and the whole of `npm run test:quick`: the unit
# tests (Vitest) beside the lint gate (ESLint, stylelint, Prettier, tsc: one core mostly), then the
# content checks. Sourced after scripts/lib/stages.sh.
begin "unit tests" npx vitest run
stage "lint: eslint, stylelint, prettier, tsc" npm run --silent lint
stage "content checks" npm run --silent check:content
finish "unit tests"
