#!/usr/bin/env bash
# The fault matrix of docs/reliability.md: runs the FaultMatrixTests (every fault kind at every place of a sync, over real
# HTTP through the simulator) and prints one Markdown row per case from the test results: fault, place, outcome, seconds.
# Usage: bash bench/fault-matrix.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
dotnet test tests/HookSync.Integration.Tests -c Release --filter "FullyQualifiedName~FaultMatrixTests" \
  --logger "trx;LogFileName=matrix.trx" --results-directory "$out" >/dev/null || true
echo "| fault (once) | place | outcome the test asserts | hooks created twice | test | seconds |"
echo "|---|---|---|---|---|---|"
# <UnitTestResult testName="...(kind: TooManyRequests, place: PreSyncHookCreate)" duration="00:00:00.61" outcome="Passed" ...>
grep -o '<UnitTestResult [^>]*>' "$out/matrix.trx" \
  | sed -n 's/.*testName="[^"]*(kind: \([A-Za-z]*\), place: \([A-Za-z]*\))".*duration="00:00:\([0-9.]*\)".*outcome="\([A-Za-z]*\)".*/\1 \2 \4 \3/p' \
  | sort \
  | awk '{
      expected = "sync Succeeded (exit 0)"
      if ($1 == "Conflict" && $2 == "PreSyncHookCreate") expected = "PreSync Failed (exit 10), SyncFail runs"
      if ($1 == "Conflict" && $2 == "SyncApply") expected = "Sync Failed (exit 11), SyncFail runs"
      if ($1 == "Conflict" && $2 == "PostSyncHookCreate") expected = "PostSync Failed (exit 12), SyncFail runs"
      printf "| %s | %s | %s | 0 | %s | %.2f |\n", $1, $2, expected, $3, $4
    }'
rm -rf "$out"
