# HookSync image: the GitHub Action (runs.image) and the GitLab template (image.name) use this same image.
# Build:  docker build -t hooksync .      Run:  docker run --rm hooksync version
#
# .NET 10 ships no Debian images; the default tags are Ubuntu 24.04 "noble" (Debian family, apt, /bin/sh,
# grep), pinned here explicitly. Not chiseled/distroless: GitLab's Docker executor needs a shell.

# ---- build: Native AOT publish (measured against trimmed+ReadyToRun in docs/benchmarks-packaging.md) ----
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
# Native AOT links with clang (gcc also works) and needs zlib headers.
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORKDIR /src

# Restore layer: only the files restore reads, so source edits do not invalidate the package cache.
# Every project HookSync.Cli references must be listed (tests/HookSync.EndToEnd.Tests/Packaging checks it).
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/HookSync.Core/HookSync.Core.csproj src/HookSync.Core/
COPY src/HookSync.Manifests/HookSync.Manifests.csproj src/HookSync.Manifests/
COPY src/HookSync.Kubernetes/HookSync.Kubernetes.csproj src/HookSync.Kubernetes/
COPY src/HookSync.Git/HookSync.Git.csproj src/HookSync.Git/
COPY src/HookSync.CiPlatforms/HookSync.CiPlatforms.csproj src/HookSync.CiPlatforms/
COPY src/HookSync.Simulator/HookSync.Simulator.csproj src/HookSync.Simulator/
COPY src/HookSync.Cli/HookSync.Cli.csproj src/HookSync.Cli/
RUN dotnet restore src/HookSync.Cli/HookSync.Cli.csproj -r linux-x64 -p:PublishAot=true

COPY src/ src/
RUN dotnet publish src/HookSync.Cli/HookSync.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true --no-restore -o /app

# ---- runtime ----
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble
# runtime-deps already carries libc, libssl3 (TLS for the API server and https clones) and the CA bundle;
# ca-certificates is named so a base-image change cannot silently drop it. No openssh-client: the libgit2
# bundled by LibGit2Sharp is built without SSH transport, so ssh:// clone URLs cannot work anyway (docs/ci.md).
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# The AOT binary plus the libgit2 library LibGit2Sharp loads from the binary's directory; no .dbg/.pdb.
COPY --from=build /app/hooksync /app/libgit2-*.so /usr/local/bin/
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
# No USER: GitHub runs Docker actions as root and mounts the workspace owned by the runner's uid
# (so it must be able to read it). No WORKDIR reliance either: the runner sets --workdir /github/workspace and GitLab
# runs scripts in $CI_PROJECT_DIR.
ENTRYPOINT ["/usr/local/bin/hooksync"]
CMD ["--help"]
