#!/usr/bin/env bash
# Plan time and peak memory: `hooksync plan` against `kubectl create --dry-run=client -o name` (docs/benchmarks.md,
# "Plan time and memory"). Same generated manifests (ConfigMaps, Services and Deployments in turn, one wave, no hooks)
# for each size; kubectl asks a standalone simulator for discovery. Whole process each time, measured with GNU time
# (peak RSS, wall, user + system CPU); HookSync and kubectl alternate within each run, and rows give the median of RUNS.
# "Above base" is the peak minus the same tool's peak for 1 object; KB/object divides it by the object count.
# Usage: bash bench/plan-memory.sh
# Environment: HOOKSYNC=path/to/hooksync (default: a framework-dependent Release publish of src/HookSync.Cli for
# linux-x64), SIZES (default "1 1000 5000 20000"; 1 is the baseline and always run), RUNS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
server=""
cleanup() { [[ -n "$server" ]] && kill -TERM "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
: "${SIZES:=1 1000 5000 20000}" "${RUNS:=3}"
[[ " $SIZES " == *" 1 "* ]] || SIZES="1 $SIZES"
dotnet build -c Release bench/HookSync.Benchmarks -nologo -v q >/dev/null
bench="dotnet bench/HookSync.Benchmarks/bin/Release/net10.0/HookSync.Benchmarks.dll"
if [[ -z "${HOOKSYNC:-}" ]]; then
  dotnet publish src/HookSync.Cli -c Release -r linux-x64 --no-self-contained -o "$work/publish" -nologo -v q >/dev/null
  HOOKSYNC="$work/publish/hooksync"
fi

$bench serve "$work/kubeconfig" 0 100 "$work/counts" >/dev/null 2>&1 &
server=$!
for _ in $(seq 600); do [[ -f "$work/kubeconfig" ]] && break; sleep 0.05; done

# Runs "$@" under GNU time; prints "peak_kib wall_s cpu_s exit_code".
measure() {
  local code=0
  /usr/bin/time -f '%M %e %U %S' -o "$work/time" "$@" >"$work/out" 2>&1 || code=$?
  # GNU time prefixes a line when the command exits non-zero; the numbers are on the last line.
  tail -n 1 "$work/time" | awk -v c="$code" '{ printf "%d %.2f %.2f %d\n", $1, $2, $3 + $4, c }'
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
field() { awk -v f="$1" '{ print $f }' "$2" | median; }

for size in $SIZES; do
  dir="$work/m-$size"
  $bench manifests "$dir" "$size" 1 0 >/dev/null
  : >"$work/hs-$size"; : >"$work/kc-$size"
  for _ in $(seq "$RUNS"); do
    measure "$HOOKSYNC" plan --workspace "$dir" . >>"$work/hs-$size"
    measure env KUBECONFIG="$work/kubeconfig" kubectl create --dry-run=client -o name --validate=false -f "$dir/app.yaml" >>"$work/kc-$size"
  done
done

mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
hs_base=$(field 1 "$work/hs-1"); kc_base=$(field 1 "$work/kc-1")
echo "| objects | HookSync peak | kubectl peak | HookSync above base | kubectl above base | HookSync KB/object | kubectl KB/object | HookSync wall | kubectl wall | wall ratio | HookSync CPU | kubectl CPU | CPU ratio |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for size in $SIZES; do
  hs_peak=$(field 1 "$work/hs-$size"); kc_peak=$(field 1 "$work/kc-$size")
  hs_wall=$(field 2 "$work/hs-$size"); kc_wall=$(field 2 "$work/kc-$size")
  hs_cpu=$(field 3 "$work/hs-$size"); kc_cpu=$(field 3 "$work/kc-$size")
  hs_exit=$(field 4 "$work/hs-$size")
  hs_above=$((hs_peak - hs_base)); kc_above=$((kc_peak - kc_base))
  note=""
  # plan exits 3 when the manifests have errors (e.g. HS1015, over the document limit): the row is not a plan.
  [[ "$hs_exit" != 0 ]] && note=" (exit $hs_exit)"
  printf "| %s | %s MiB%s | %s MiB | %s MiB | %s MiB | %s | %s | %s s | %s s | %s | %s s | %s s | %s |\n" \
    "$size" "$(mib "$hs_peak")" "$note" "$(mib "$kc_peak")" "$(mib "$hs_above")" "$(mib "$kc_above")" \
    "$(awk -v k="$hs_above" -v n="$size" 'BEGIN { printf "%.2f", k * 1.024 / n }')" \
    "$(awk -v k="$kc_above" -v n="$size" 'BEGIN { printf "%.2f", k * 1.024 / n }')" \
    "$hs_wall" "$kc_wall" "$(ratio "$hs_wall" "$kc_wall")" "$hs_cpu" "$kc_cpu" "$(ratio "$hs_cpu" "$kc_cpu")"
done
