#!/usr/bin/env bash
# The comment step of action.yml (input `comment: true`, off by default): posts the plan and the verdict as one sticky
# pull-request comment with `hooksync comment` (GitHub REST, GITHUB_TOKEN from the `github-token` input).
#
# SWITCHING IT ON: this is the only place that knows the `comment` verb's command line; keep it in step with
# `hooksync comment --help` (and the GitLab component's `$[[ inputs.job-prefix ]]-plan` job). Until the running HookSync has
# the verb, and whenever commenting fails (no pull request, no permission), the step warns and succeeds: a comment never
# fails a deploy.
set -uo pipefail

bin=${HOOKSYNC_BIN:-}
if [ -z "$bin" ]; then
  echo "::warning title=HookSync comment::no hooksync executable (the install step failed); no comment posted"
  exit 0
fi
args=(comment)
[ -n "${HOOKSYNC_REPORT:-}" ] && args+=("--report=$HOOKSYNC_REPORT")
if ! "$bin" "${args[@]}"; then
  echo "::warning title=HookSync comment::could not post the pull-request comment (see the log above); the step result is unchanged"
fi
exit 0
