# The stages of scripts/test.sh (and `npm run test:quick`), timed: each stage's seconds and result
# are recorded, and the table of them is printed when the script ends, passed or failed.
# `stage NAME CMD…` runs a stage in the foreground, its output as it comes. `begin NAME CMD…`
# starts one beside the others, its output kept in a file; `finish NAME` waits for it, prints that
# output whole under its name, and fails if it failed. A stage still running when the script
# ends (another failed) is stopped, and its output so far printed.
# Sourced, not run; the caller sets `set -euo pipefail`.

STAGES_STARTED=$(date +%s.%N)
STAGES_DIR=$(mktemp -d "${TMPDIR:-/tmp}/stages-XXXXXX")
STAGES_COUNT=0
declare -A STAGE_PID=() STAGE_LOG=()

# Seconds since $1 (from `date +%s.%N`), to a tenth.
stages_elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# Records a row: order, name, seconds, result, and whether it ran beside others.
stages_record() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >>"$STAGES_DIR/rows"; }

stage() {
  local name=$1 start rc=0
  shift
  STAGES_COUNT=$((STAGES_COUNT + 1))
  echo "== $name"
  start=$(date +%s.%N)
  "$@" || rc=$?
  stages_record "$STAGES_COUNT" "$name" "$(stages_elapsed "$start")" \
    "$([ "$rc" = 0 ] && echo ok || echo "FAILED ($rc)")" ""
  return "$rc"
}

begin() {
  local name=$1 order
  shift
  STAGES_COUNT=$((STAGES_COUNT + 1))
  order=$STAGES_COUNT
  STAGE_LOG[$name]="$STAGES_DIR/$order.log"
  echo "== $name (beside the next stages; its output follows when it ends)"
  # Its own process group (job control on while it forks), so it can be stopped whole.
  set -m
  (
    set +e
    start=$(date +%s.%N)
    "$@"
    rc=$?
    stages_record "$order" "$name" "$(stages_elapsed "$start")" \
      "$([ "$rc" = 0 ] && echo ok || echo "FAILED ($rc)")" "‖"
    exit "$rc"
  ) >"${STAGE_LOG[$name]}" 2>&1 </dev/null &
  STAGE_PID[$name]=$!
  set +m
}

finish() {
  local name=$1 rc=0
  wait "${STAGE_PID[$name]}" || rc=$?
  unset "STAGE_PID[$name]"
  echo "== $name: output (it ran beside the stages above)"
  cat "${STAGE_LOG[$name]}"
  [ "$rc" = 0 ] || echo "== $name FAILED (exit $rc)"
  return "$rc"
}

stages_table() {
  local rc=$? name
  # Stages still running beside a failed one: stopped, their output so far shown.
  for name in "${!STAGE_PID[@]}"; do
    kill -- "-${STAGE_PID[$name]}" 2>/dev/null || true
    wait "${STAGE_PID[$name]}" 2>/dev/null || true
    echo "== $name: stopped (another stage failed); its output so far:"
    cat "${STAGE_LOG[$name]}"
    stages_record 999 "$name" "-" "stopped" "‖"
  done
  echo
  echo "== stages (‖: ran beside others; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
  if [ -f "$STAGES_DIR/rows" ]; then
    sort -n -k1,1 "$STAGES_DIR/rows" |
      awk -F'\t' '{ printf "  %-52s %8s s  %s %s\n", $2, $3, $4, $5 }'
  fi
  printf '  %-52s %8s s  %s\n' "total (wall clock)" "$(stages_elapsed "$STAGES_STARTED")" \
    "$([ "$rc" = 0 ] && echo ok || echo "FAILED ($rc)")"
  rm -rf "$STAGES_DIR"
  exit "$rc"
}
trap stages_table EXIT
