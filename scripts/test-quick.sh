#!/usr/bin/env bash
# `npm run test:quick`, before a commit (under two minutes on two cores): the lint gate, the
# content checks and the unit tests, side by side where they can be, with the table of their
# times at the end. `npm test` runs the same first, then everything that needs a build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
source scripts/lib/stages.sh
source scripts/lib/quick-stages.sh
