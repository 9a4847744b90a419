#!/usr/bin/env bash
# Start-up of every distribution (docs/benchmarks.md "Start-up"): publishes each variant of the CLI, then prints a
# Markdown table of the median wall and CPU time of `hooksync --version` and of `plan` of Argo CD's install bundle
# (tests/fixtures/argo-cd/real, 59 objects, 1.9 MB), runs interleaved so load drifts hit every variant alike.
#
#   bash bench/start-up.sh                 # JIT, ReadyToRun (framework-dependent) and the dotnet tool package
#   AOT=1 bash bench/start-up.sh           # also Native AOT (the publish takes minutes)
#   RUNS=20 OUT=/tmp/hs-start bash bench/start-up.sh
#   SKIP_PUBLISH=1 OUT=/tmp/hs-start bash bench/start-up.sh   # re-measure what OUT already holds
#   BASELINE=/tmp/hs-before ...            # also measure another run's OUT (e.g. an older commit), interleaved
#
# Variants: jit = `dotnet publish` without a runtime identifier (what `dotnet run` and `dotnet build` output run);
# r2r = `-r linux-x64 --no-self-contained` (ReadyToRun, src/HookSync.Cli/HookSync.Cli.csproj); tool = `dotnet pack`,
# installed with `dotnet tool install --tool-path` from a folder feed; aot = `-p:PublishAot=true`.
# Needs python3 (it reads each child's CPU time from wait4). "beyond start-up" = plan − --version, both medians.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${OUT:-$(mktemp -d /tmp/hooksync-start-up.XXXXXX)}
runs=${RUNS:-15}
rid=${RID:-linux-x64}
mkdir -p "$out"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)

publish() { # $1 = variant, then dotnet publish arguments
  local name=$1; shift
  echo "publishing $name ..." >&2
  rm -rf "$out/$name"
  dotnet publish src/HookSync.Cli -c Release "$@" -o "$out/$name" >"$out/$name.log" 2>&1 \
    || { echo "publish $name failed; see $out/$name.log" >&2; exit 1; }
}

if [ -z "${SKIP_PUBLISH:-}" ]; then
  publish jit
  publish r2r -r "$rid" --no-self-contained
  echo "packing the tool ..." >&2
  rm -rf "$out/feed" "$out/tool"
  dotnet pack src/HookSync.Cli/HookSync.Cli.csproj -c Release -o "$out/feed" >"$out/pack.log" 2>&1 \
    || { echo "pack failed; see $out/pack.log" >&2; exit 1; }
  cat > "$out/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$out/feed" /></packageSources></configuration>
XML
  dotnet tool install --tool-path "$out/tool" --configfile "$out/nuget.config" hooksync --version "$version" >"$out/tool.log" 2>&1 \
    || { echo "tool install failed; see $out/tool.log" >&2; exit 1; }
  if [ -n "${AOT:-}" ]; then publish aot -r "$rid" -p:PublishAot=true; fi
fi

variants=("jit=$out/jit/hooksync" "r2r=$out/r2r/hooksync" "tool=$out/tool/hooksync")
[ -x "$out/aot/hooksync" ] && variants+=("aot=$out/aot/hooksync")
if [ -n "${BASELINE:-}" ]; then
  for name in jit r2r tool aot; do
    [ -x "$BASELINE/$name/hooksync" ] && variants+=("$name (baseline)=$BASELINE/$name/hooksync")
  done
fi

echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/'), $(date -u '+%Y-%m-%d %H:%M UTC'), $runs runs each" >&2
python3 - "$runs" "$root/tests/fixtures/argo-cd/real" "${variants[@]}" <<'PY'
import os, statistics, subprocess, sys, time

runs, bundle, variants = int(sys.argv[1]), sys.argv[2], [v.split("=", 1) for v in sys.argv[3:]]
commands = {"version": ["--version"], "plan": ["plan", "--ci", "none", "--revision", "0123456", "--workspace", bundle, "."]}
samples = {(name, cmd): ([], []) for name, _ in variants for cmd in commands}
for i in range(runs + 1):  # the first round warms the page cache and is not counted
    for name, binary in variants:
        for cmd, args in commands.items():
            start = time.perf_counter()
            child = subprocess.Popen([binary, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            wall = (time.perf_counter() - start) * 1000
            if status != 0:
                sys.exit(f"{name} {cmd} exited with {status >> 8}")
            if i:
                samples[(name, cmd)][0].append(wall)
                samples[(name, cmd)][1].append((usage.ru_utime + usage.ru_stime) * 1000)

median = lambda values: statistics.median(values)
print("| variant | `--version` wall | `--version` CPU | `plan` wall | `plan` CPU | `plan` beyond start-up (wall) |")
print("|---|---:|---:|---:|---:|---:|")
for name, _ in variants:
    vw, vc = (median(v) for v in samples[(name, "version")])
    pw, pc = (median(v) for v in samples[(name, "plan")])
    print(f"| {name} | {vw:.0f} ms | {vc:.0f} ms | {pw:.0f} ms | {pc:.0f} ms | {pw - vw:.0f} ms |")
PY
echo "published variants are in $out" >&2
