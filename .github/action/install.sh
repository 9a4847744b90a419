#!/usr/bin/env bash
# The install step of action.yml: puts a hooksync executable on the runner and writes its path as the step output `bin`.
#
#   HOOKSYNC_BIN         an executable to use as it is (a self-hosted runner with hooksync installed); nothing is downloaded
#   HOOKSYNC_VERSION     `source` on main: publish src/HookSync.Cli of the action's own checkout (framework-dependent,
#                        with the SDK the previous step set up); or the release tag vX.Y.Z the release workflow pins
#                        in action.yml: download that release's archive for the runner's OS/architecture and check it
#                        against .github/action/SHA256SUMS, committed with that action.yml. A release never builds.
#   HOOKSYNC_REPOSITORY  owner/name of the release (pinned with the version)
set -euo pipefail

output() { echo "$1=$2" >> "${GITHUB_OUTPUT:?}"; }
fail() { echo "::error title=HookSync install::$1"; exit 1; }

if [ -n "${HOOKSYNC_BIN:-}" ]; then
  [ -x "$HOOKSYNC_BIN" ] || fail "HOOKSYNC_BIN ($HOOKSYNC_BIN) is not an executable file"
  output bin "$HOOKSYNC_BIN"
  exit 0
fi

action_path=${GITHUB_ACTION_PATH:?}
version=${HOOKSYNC_VERSION:?}
case "${RUNNER_OS:-}/${RUNNER_ARCH:-}" in
  Linux/X64) rid=linux-x64 ;;
  Linux/ARM64) rid=linux-arm64 ;;
  macOS/ARM64) rid=osx-arm64 ;;
  Windows/X64) rid=win-x64 ;;
  *) fail "no HookSync build for ${RUNNER_OS:-?}/${RUNNER_ARCH:-?}; use the container action (uses: <owner>/hooksync/container@<ref>)" ;;
esac
exe=hooksync
[ "$rid" = win-x64 ] && exe=hooksync.exe
dest="${RUNNER_TEMP:?}/hooksync-action/$version-$rid"

if [ -x "$dest/$exe" ]; then
  : # an earlier step of this job installed the same version
elif [ "$version" = source ]; then
  echo "Building HookSync from source ($action_path); releases download a prebuilt binary instead."
  dotnet publish "$action_path/src/HookSync.Cli/HookSync.Cli.csproj" -c Release -o "$dest" --nologo -v quiet
else
  case "$version" in
    v[0-9]*) ;;
    *) fail "HOOKSYNC_VERSION must be 'source' or a release tag, not '$version'" ;;
  esac
  [[ "${HOOKSYNC_REPOSITORY:-}" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || fail "release repository '${HOOKSYNC_REPOSITORY:-}' is not owner/name"
  asset="hooksync-$version-$rid.tar.gz"
  sums="$action_path/.github/action/SHA256SUMS"
  [ -f "$sums" ] || fail "$sums is missing: a release commit carries the checksums of its binaries"
  expected=$(awk -v f="$asset" '$2 == f || $2 == "*" f { print $1 }' "$sums")
  [ -n "$expected" ] || fail "$asset is not listed in SHA256SUMS"
  download=$(mktemp -d)
  trap 'rm -rf "$download"' EXIT
  url="${GITHUB_SERVER_URL:-https://github.com}/$HOOKSYNC_REPOSITORY/releases/download/$version/$asset"
  curl -fsSL --retry 3 --proto '=https' -o "$download/$asset" "$url" || fail "could not download $url"
  if command -v sha256sum >/dev/null; then actual=$(sha256sum "$download/$asset" | cut -d' ' -f1)
  else actual=$(shasum -a 256 "$download/$asset" | cut -d' ' -f1); fi
  [ "$actual" = "$expected" ] || fail "$asset: SHA-256 $actual does not match $expected from SHA256SUMS"
  mkdir -p "$dest"
  tar -xzf "$download/$asset" -C "$dest"
fi

"$dest/$exe" version
output bin "$dest/$exe"
