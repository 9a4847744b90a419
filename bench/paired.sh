#!/usr/bin/env bash
# Paired whole-process comparison of re-applying the same objects (docs/benchmarks.md, "Paired figures"): one standalone
# simulator at LATENCY ms, the OBJECTS generated objects (1 wave, no hooks) created once by a first HookSync run, then
# hyperfine (Debian package `hyperfine`) alternates the commands, each re-applying all of them (nothing changes, so every
# Deployment is healthy from its apply response and nothing is watched).
# Usage: bash bench/paired.sh LATENCY_MS OBJECTS 'COMMAND_A' 'COMMAND_B' ...   where a command is one of
#   hooksync:PATH   PATH sync of the objects (--no-lock --ci none, as kubectl takes no lock)
#   kubectl         kubectl apply --server-side --validate=false of the same file
# e.g. bash bench/paired.sh 0 500 hooksync:/tmp/after/hooksync kubectl
set -euo pipefail
cd "$(dirname "$0")/.."
latency=$1 objects=$2; shift 2
work=$(mktemp -d)
server=""
trap '[[ -n "$server" ]] && kill -TERM "$server" 2>/dev/null; rm -rf "$work"' EXIT
dotnet build -c Release bench/HookSync.Benchmarks -nologo -v q >/dev/null
bench="dotnet bench/HookSync.Benchmarks/bin/Release/net10.0/HookSync.Benchmarks.dll"
$bench manifests "$work/m" "$objects" 1 0 >/dev/null
$bench serve "$work/kubeconfig" "$latency" 100 </dev/null &
server=$!
for _ in $(seq 600); do [[ -f "$work/kubeconfig" ]] && break; sleep 0.05; done
commands=()
for spec in "$@"; do
  case $spec in
    hooksync:*) commands+=("${spec#hooksync:} sync --workspace $work/m . --revision 0123456 --no-lock --ci none --kubeconfig $work/kubeconfig") ;;
    kubectl) commands+=("kubectl apply --server-side --validate=false -f $work/m/app.yaml -o name --kubeconfig $work/kubeconfig") ;;
    *) echo "unknown command $spec" >&2; exit 2 ;;
  esac
done
# The first command creates the objects; every measured run then re-applies them.
${commands[0]} >/dev/null
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown /dev/stdout "${commands[@]}"
