#!/usr/bin/env bash
# HookSync against `kubectl apply --server-side`, into the same standalone simulator (docs/benchmarks.md, "Side by side").
# For every latency x object count x waves x hooks cell it runs, each into a fresh simulator:
#   hooksync    `hooksync sync` (default --concurrency 8, --dry-run-concurrency 64)
#   c1          `hooksync sync --concurrency 1`
#   argo        `hooksync sync --wave-delay 2s` (Argo CD's pause between waves)
#   kubectl     `kubectl apply --server-side` of the same files (no waves, hooks or health waits)
# and prints one Markdown row each: wall time (whole process), requests per object counted by the simulator, the floor
# and wall/floor, and wall/kubectl. Floor = sum over waves of ceil(objects in wave / concurrency) x RTT, plus the
# simulated work HookSync must wait for (each hook Job, and the Deployment roll-out of each wave: WORK_MS each);
# kubectl's floor is objects x RTT (one request after another).
# It also prints where HookSync's wall time went, from the simulator's own request timeline: start-up and planning until
# the first request, the dry-run pass (first dry-run sent to last answered), the applies, and what came after the last one.
# Usage: bash bench/side-by-side.sh            (the standard matrix, CELLS below; FULL=1 for every combination of
#                                                0/5/20 ms x 500/5000 x 1/5/20 waves x hooks 0/1 x all variants: hours)
# Environment: HOOKSYNC=path/to/hooksync (default: a ReadyToRun framework-dependent publish of src/HookSync.Cli),
# CELLS (lines of "latency objects waves hooks variants..."), WORK_MS (default 100), RUNS (default 1; rows give the median),
# TLS=1 (the simulator serves HTTPS and offers HTTP/2, as real API servers do; both clients then verify its certificate).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The standard matrix: every latency and wave count at 500 objects with and without hooks against kubectl, the
# concurrency-1 and Argo-model variants where they say most (5 waves with hooks), and 5,000 objects at 0 and 20 ms.
DEFAULT_CELLS="
0 500 1 0 hooksync kubectl
0 500 5 1 hooksync c1 argo kubectl
0 500 20 0 hooksync kubectl
5 500 1 0 hooksync kubectl
5 500 5 0 hooksync kubectl
5 500 5 1 hooksync c1 argo kubectl
5 500 20 0 hooksync kubectl
20 500 1 0 hooksync kubectl
20 500 5 0 hooksync kubectl
20 500 5 1 hooksync c1 argo kubectl
20 500 20 0 hooksync kubectl
0 5000 1 0 hooksync kubectl
0 5000 20 1 hooksync kubectl
20 5000 1 0 hooksync kubectl
20 5000 20 0 hooksync kubectl"
if [[ "${FULL:-0}" == 1 ]]; then
  DEFAULT_CELLS=$(for l in 0 5 20; do for n in 500 5000; do for w in 1 5 20; do for h in 0 1; do
    echo "$l $n $w $h hooksync c1 argo kubectl"; done; done; done; done)
fi
: "${CELLS:=$DEFAULT_CELLS}" "${WORK_MS:=100}" "${RUNS:=1}"
dotnet build -c Release bench/HookSync.Benchmarks -nologo -v q >/dev/null
bench="dotnet bench/HookSync.Benchmarks/bin/Release/net10.0/HookSync.Benchmarks.dll"
if [[ -z "${HOOKSYNC:-}" ]]; then
  dotnet publish src/HookSync.Cli -c Release -r linux-x64 --no-self-contained -o "$work/publish" -nologo -v q >/dev/null
  HOOKSYNC="$work/publish/hooksync"
fi

# Runs "$@" against a fresh simulator; prints "wall_ms requests dryruns watches lists gets first_request_ms dryrun_ms
# applies_ms after_last_apply_ms" (the last four from the simulator's timeline, relative to the command's start and end).
measure() {
  local latency=$1; shift
  rm -f "$work/kubeconfig" "$work/counts" "$work/timeline"
  # stdin is the cell list: nothing started here may read it.
  $bench serve "$work/kubeconfig" "$latency" "$WORK_MS" "$work/counts" "$work/timeline" "$([[ "${TLS:-0}" == 1 ]] && echo tls)" </dev/null &
  local server=$!
  for _ in $(seq 600); do [[ -f "$work/kubeconfig" ]] && break; sleep 0.05; done
  local start end
  start=$(date +%s%N)
  "$@" --kubeconfig "$work/kubeconfig" </dev/null >"$work/out" 2>&1 || { echo "command failed: $*" >&2; tail -5 "$work/out" >&2; }
  end=$(date +%s%N)
  kill -TERM "$server"; wait "$server" || true
  count() { awk -v v="$1" '$1 == v { n = $2 } END { print n + 0 }' "$work/counts"; }
  local s_ms=$(( start / 1000000 )) e_ms=$(( end / 1000000 ))
  local phases
  phases=$(awk -v s="$s_ms" -v e="$e_ms" '
    NR == 1 || $3 < first { first = $3 }
    $1 == "dryrun" { dfrom = $3; dto = $4 }
    $1 == "apply" { afrom = $3; ato = $4 }
    END { printf "%d %d %d %d", first - s, (dto ? dto - dfrom : 0), (ato ? ato - afrom : 0), (ato ? e - ato : 0) }' "$work/timeline")
  echo "$(( (end - start) / 1000000 )) $(count total) $(count dryrun) $(count watch) $(count list) $(count get) $phases"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "| latency | objects | waves | hooks | variant | wall (ms) | requests/object | watch/list/get | floor (ms) | wall/floor | wall/kubectl | to 1st request | dry-run pass | applies | after last apply |"
echo "|---:|---:|---:|---:|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"
while read -r latency size waves hooks VARIANTS; do
  [[ -z "${latency:-}" ]] && continue
  {
        dir="$work/m-$size-$waves-$hooks"
        [[ -d "$dir" ]] || $bench manifests "$dir" "$size" "$waves" "$hooks" </dev/null >/dev/null
        objects=$(( size + 2 * hooks ))
        kubectl_ms=""
        # kubectl first, so every HookSync row can be divided by it.
        for variant in kubectl $(echo "$VARIANTS" | tr ' ' '\n' | grep -v '^kubectl$'); do
          echo "$VARIANTS" | grep -qw "$variant" || continue
          case $variant in
            hooksync) cmd=("$HOOKSYNC" sync --workspace "$dir" . --revision 0123456 --no-lock --ci none); concurrency=8 ;;
            c1) cmd=("$HOOKSYNC" sync --workspace "$dir" . --revision 0123456 --no-lock --ci none --concurrency 1); concurrency=1 ;;
            argo) cmd=("$HOOKSYNC" sync --workspace "$dir" . --revision 0123456 --no-lock --ci none --wave-delay 2s); concurrency=8 ;;
            kubectl) cmd=(kubectl apply --server-side --validate=false -f "$dir/app.yaml" -o name); concurrency=1 ;;
          esac
          rows=()
          for _ in $(seq "$RUNS"); do rows+=("$(measure "$latency" "${cmd[@]}")"); done
          wall=$(printf '%s\n' "${rows[@]}" | awk '{ print $1 }' | median)
          read -r _ requests dryruns watches lists gets to_first dryrun_ms applies_ms after_ms <<<"$(printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
          if [[ $variant == kubectl ]]; then
            # kubectl applies the hooks as plain objects, one request after another, and waits for nothing.
            floor=$(( objects * latency ))
            kubectl_ms=$wall
          else
            floor=0
            for (( w = 0; w < waves; w++ )); do
              in_wave=$(( (w + 1) * size / waves - w * size / waves ))
              floor=$(( floor + (in_wave + concurrency - 1) / concurrency * latency + WORK_MS ))
            done
            floor=$(( floor + hooks * (2 * (latency + WORK_MS)) ))
            [[ $variant == argo ]] && floor=$(( floor + (waves - 1) * 2000 + hooks * 2 * 2000 ))
          fi
          ratio() { [[ "$2" -gt 0 && -n "$2" ]] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }' || echo "–"; }
          echo "| $latency | $objects | $waves | $hooks | $variant | $wall | $(awk -v r="$requests" -v n="$objects" 'BEGIN { printf "%.2f", r / n }') | ${watches:-0}/${lists:-0}/${gets:-0} | $floor | $(ratio "$wall" "$floor") | $(ratio "$wall" "${kubectl_ms:-0}") | $to_first | $dryrun_ms | $applies_ms | $after_ms |"
        done
  }
done <<<"$CELLS"
