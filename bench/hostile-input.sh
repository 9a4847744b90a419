#!/usr/bin/env bash
# Every hostile-input case through the published binary, `plan` and `sync --simulate`, each under /usr/bin/time:
# prints a Markdown table (case, verb, exit, peak memory in MiB, wall seconds, first error line) for docs/reliability.md.
# Usage: bash bench/hostile-input.sh [OUTDIR]   (needs /usr/bin/time: apt-get install time)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-artifacts/hostile}")
rm -rf "$out" && mkdir -p "$out"
dotnet publish src/HookSync.Cli -c Release --no-self-contained -o "$out/publish" -nologo >/dev/null
dotnet run --project bench/HookSync.Benchmarks -c Release -- hostile-corpus "$out/cases" >/dev/null
bin="$out/publish/hooksync"
echo "| case | verb | exit | peak MiB | wall s | first error |"
echo "|---|---|---|---|---|---|"
for dir in "$out"/cases/*/; do
  name=$(basename "$dir")
  for verb in plan sync; do
    args=(plan deploy --revision 0123456789abcdef0123456789abcdef01234567)
    [ "$verb" = sync ] && args=(sync --simulate deploy --revision 0123456789abcdef0123456789abcdef01234567)
    set +e
    (cd "$dir" && env -i PATH="$PATH" HOME="$HOME" DOTNET_ROOT="${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}" \
      /usr/bin/time -f "%e %M" -o "$out/time.txt" timeout 60 "$bin" "${args[@]}" >"$out/stdout.txt" 2>"$out/stderr.txt")
    code=$?
    set -e
    read -r wall kib < <(tail -n 1 "$out/time.txt")
    error=$(cat "$out/stdout.txt" "$out/stderr.txt" | grep -m1 -E ' error |^error|hooksync: ' | cut -c1-110 | sed 's/|/\\|/g' || true)
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$verb" "$code" "$((kib / 1024))" "$wall" "${error:-}"
  done
done
