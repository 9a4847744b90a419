#!/usr/bin/env bash
# The run step of action.yml (the composite action): runs HookSync on the runner with the action's inputs.
#
#   HOOKSYNC_BIN                 the hooksync executable (install.sh's output); one path, not word-split
#   HOOKSYNC_IN_<INPUT>          every non-secret input, e.g. HOOKSYNC_IN_HOOK_TIMEOUT for `hook-timeout`
#   HOOKSYNC_SECRET_<NAME>       the secret inputs kubeconfig, token, ca-data, git-token
#
# Each input becomes one `--<input>=<value>` argument of the hidden `action` verb, always present, so an input the
# workflow leaves empty is "unset" and never an empty positional argument (docs/ci.md, "How the action calls HookSync").
# Values are never evaluated by a shell: they travel in variables and are quoted here.
# Secrets never reach a command line: a non-empty secret input is exported as HookSync's own variable
# (HOOKSYNC_KUBECONFIG, HOOKSYNC_TOKEN, HOOKSYNC_CA_DATA, HOOKSYNC_GIT_TOKEN); an empty one leaves a variable the
# workflow set in `env:` as it is.
set -euo pipefail

bin=${HOOKSYNC_BIN:?HOOKSYNC_BIN is not set (the install step names the hooksync executable)}

for name in KUBECONFIG TOKEN CA_DATA GIT_TOKEN; do
  secret="HOOKSYNC_SECRET_$name"
  if [ -n "${!secret:-}" ]; then
    export "HOOKSYNC_$name=${!secret}"
  fi
  unset "$secret"
done

# The non-secret inputs of action.yml, in its order (tests/HookSync.EndToEnd.Tests/Packaging checks both lists agree).
inputs=(
  command paths recursive include exclude namespace server context timeout hook-timeout wait lock
  lock-timeout dry-run strict app repo ref simulate concurrency ci source-type kustomize-build-options
  helm-release-name helm-values helm-set helm-set-string helm-set-file include-crds helm-api-versions
  helm-kube-version render-command render-timeout kubeconfig-path syncfail-timeout wave-delay
  force-conflicts lock-namespace prune prune-confirm sync-option inventory inventory-namespace skip-preflight artifacts-dir stuck-after dry-run-concurrency
  revision workspace report format kustomize-binary helm-binary
  simulate-fail simulate-fault simulate-latency
)

args=(action)
for input in "${inputs[@]}"; do
  variable="HOOKSYNC_IN_$(echo "$input" | tr 'a-z-' 'A-Z_')"
  args+=("--$input=${!variable:-}")
done

exec "$bin" "${args[@]}"
