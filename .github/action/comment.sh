#!/usr/bin/env bash
# The comment step of action.yml (input `comment: true`, off by default): posts the plan and the verdict as one sticky
# pull-request comment with `hooksync comment` (GitHub REST, GITHUB_TOKEN from the `github-token` input).
#
# This is the only place that knows the `comment` verb's command line; keep it in step with `hooksync comment --help`
# (and the GitLab component's `$[[ inputs.job-prefix ]]-plan` job). Whenever commenting fails (no pull request, no
# permission), the step warns and succeeds: a comment never fails a deploy.
set -uo pipefail

bin=${HOOKSYNC_BIN:-}
if [ -z "$bin" ]; then
  echo "::warning title=HookSync comment::no hooksync executable (the install step failed); no comment posted"
  exit 0
fi
# The same manifests and app as the sync step, so the comment shows its plan under its app's marker.
args=(comment)
[ -n "${HOOKSYNC_IN_APP:-}" ] && args+=("--app=$HOOKSYNC_IN_APP")
[ -n "${HOOKSYNC_IN_NAMESPACE:-}" ] && args+=("--namespace=$HOOKSYNC_IN_NAMESPACE")
[ -n "${HOOKSYNC_IN_WORKSPACE:-}" ] && args+=("--workspace=$HOOKSYNC_IN_WORKSPACE")
set -f
# shellcheck disable=SC2206 # paths are whitespace-separated, as for the sync step; globs stay unexpanded (set -f)
args+=(${HOOKSYNC_IN_PATHS:-})
set +f
if ! "$bin" "${args[@]}"; then
  echo "::warning title=HookSync comment::could not post the pull-request comment (see the log above); the step result is unchanged"
fi
exit 0
