#!/usr/bin/env bash
# Cancellation timings of docs/reliability.md: SIGTERM at ten moments of a `sync --simulate` (the webapp example plus a
# PreSync hook that never finishes), in GitHub mode. Prints one Markdown row per run: the moment, the exit code, the
# time from the signal to the exit, and whether the report and the outputs were written.
# Usage: bash bench/cancellation.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
dotnet publish src/HookSync.Cli -c Release --no-self-contained -o "$work/publish" -nologo >/dev/null
mkdir -p "$work/ws/deploy"
cp examples/webapp/*.yaml "$work/ws/deploy/"
cat > "$work/ws/deploy/zz-stuck.yaml" <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: stuck
  annotations:
    argocd.argoproj.io/hook: PreSync
spec:
  suspend: true
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: main
          image: busybox
YAML
echo "| signal after (ms) | exit | signal to exit (ms) | report | outputs |"
echo "|---|---|---|---|---|"
RANDOM=20261203
for i in $(seq 10); do
  delay=$(( i <= 5 ? RANDOM % 150 : 150 + RANDOM % 1350 ))
  rm -rf "$work/run" && mkdir -p "$work/run/tmp" && : > "$work/run/output" && : > "$work/run/summary"
  (cd "$work/ws" && exec env -i PATH="$PATH" HOME="$HOME" DOTNET_ROOT="${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}" \
    GITHUB_ACTIONS=true GITHUB_OUTPUT="$work/run/output" GITHUB_STEP_SUMMARY="$work/run/summary" RUNNER_TEMP="$work/run/tmp" \
    GITHUB_WORKSPACE="$work/ws" "$work/publish/hooksync" sync --simulate deploy --revision 0123456 >/dev/null 2>&1) &
  pid=$!
  sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
  sent=$(date +%s%N)
  kill -TERM "$pid" 2>/dev/null || true
  set +e; wait "$pid"; code=$?; set -e
  took=$(( ($(date +%s%N) - sent) / 1000000 ))
  report=no; [ -s "$work/run/tmp/hooksync-report.json" ] && report=yes
  outputs=no; grep -q '^exit-code' "$work/run/output" && outputs=yes
  echo "| $delay | $code | $took | $report | $outputs |"
done
rm -rf "$work"
cd "$root"
