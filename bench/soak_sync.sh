#!/usr/bin/env bash
# Soak of offline-first sync under crashes: runs the two crash tests of
# tests/integration/sync_crash_test.cpp (a desk killed at random points of its pushes; the engine
# killed mid-push and restarted) with 100 iterations each, and prints one JSON line.
#
#   bench/soak_sync.sh                      # build dir build/default, 100 iterations, a fresh seed
#   SOAK_ITERATIONS=300 SOAK_SEED=7 BUILD_DIR=build/sanitize bench/soak_sync.sh
#
# The seed is in the output: OUTPOST_CRASH_SEED=<seed> replays a failing schedule. Logs of each
# test are kept in $BUILD_DIR/soak/. Exit status 0 when both tests passed.
set -uo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build/default}
ITERATIONS=${SOAK_ITERATIONS:-100}
SEED=${SOAK_SEED:-$(date +%s)}
BIN="$BUILD_DIR/tests/integration/sync_crash_test"

if [ ! -f "$BUILD_DIR/build.ninja" ] && [ ! -f "$BUILD_DIR/Makefile" ]; then
  echo "soak_sync: $BUILD_DIR is not configured; run: cmake --preset default" >&2
  exit 2
fi
# The test binary, outpostd and desk_child (the test depends on both).
if ! cmake --build "$BUILD_DIR" --target sync_crash_test -j 2 >"$BUILD_DIR/soak-build.log" 2>&1; then
  echo "soak_sync: the build failed, see $BUILD_DIR/soak-build.log" >&2
  exit 2
fi

mkdir -p "$BUILD_DIR/soak"
started=$(date +%s)
passed=true
results=""
for test in DeskKilledAtRandomPointsAppliesEveryCommandExactlyOnce EngineKilledMidPushRestartsAndEveryCommandAppliesExactlyOnce; do
  log="$BUILD_DIR/soak/$test.log"
  OUTPOST_CRASH_ITERATIONS=$ITERATIONS OUTPOST_CRASH_SEED=$SEED \
    timeout 3600 "$BIN" --gtest_filter="SyncCrash.$test" >"$log" 2>&1
  status=$?
  summary=$(grep -o 'crash-summary {.*}' "$log" | tail -n 1 | cut -d' ' -f2-)
  if [ "$status" -ne 0 ]; then
    passed=false
  fi
  if [ -z "$summary" ]; then
    summary="{\"test\":\"$test\",\"passed\":false,\"exit\":$status}"
  elif [ "$status" -ne 0 ]; then
    summary="${summary%\}},\"exit\":$status}"
  fi
  results="${results:+$results,}$summary"
done
seconds=$(( $(date +%s) - started ))

echo "{\"bench\":\"soak_sync\",\"passed\":$passed,\"iterations\":$ITERATIONS,\"seed\":$SEED,\"seconds\":$seconds,\"tests\":[$results]}"
[ "$passed" = true ]
