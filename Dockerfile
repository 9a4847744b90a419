# HookSync image: the container GitHub Action (container/action.yml, on main) and the GitLab component (image.name) use this image;
# releases build theirs from the released binaries (.github/release/Dockerfile).
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
COPY src/HookSync.Rendering/HookSync.Rendering.csproj src/HookSync.Rendering/
COPY src/HookSync.Cli/HookSync.Cli.csproj src/HookSync.Cli/
RUN dotnet restore src/HookSync.Cli/HookSync.Cli.csproj -r linux-x64 -p:PublishAot=true

COPY src/ src/
RUN dotnet publish src/HookSync.Cli/HookSync.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true --no-restore -o /app

# ---- tools: kustomize and helm, the renderers of Kustomize and Helm sources (HookSync.Rendering) ----
# Pinned releases, each archive checked against its SHA-256 before it is unpacked: a changed or truncated download
# fails the build instead of shipping. To upgrade, change the version and the checksum together, taking the checksum
# from the release's own checksum file (kustomize: checksums.txt; helm: <archive>.sha256sum).
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble AS tools
ARG KUSTOMIZE_VERSION=v5.5.0
ARG KUSTOMIZE_SHA256=6703a3a70a0c47cf0b37694030b54f1175a9dfeb17b3818b623ed58b9dbc2a77
ARG HELM_VERSION=v3.16.3
ARG HELM_SHA256=f5355c79190951eed23c5432a3b920e071f4c00a64f75e077de0dd4cb7b294ea
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /tools
RUN set -eu \
 && curl -fsSL --proto '=https' -o kustomize.tar.gz \
      "https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2F${KUSTOMIZE_VERSION}/kustomize_${KUSTOMIZE_VERSION}_linux_amd64.tar.gz" \
 && echo "${KUSTOMIZE_SHA256}  kustomize.tar.gz" | sha256sum -c - \
 && tar -xzf kustomize.tar.gz kustomize \
 && curl -fsSL --proto '=https' -o helm.tar.gz "https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz" \
 && echo "${HELM_SHA256}  helm.tar.gz" | sha256sum -c - \
 && tar -xzf helm.tar.gz --strip-components=1 linux-amd64/helm \
 && chmod 0755 kustomize helm \
 && rm kustomize.tar.gz helm.tar.gz \
 && ./kustomize version && ./helm version --short

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
# kustomize build and helm template render Kustomize overlays and Helm charts (docs/ci.md, "Sources").
COPY --from=tools /tools/kustomize /tools/helm /usr/local/bin/
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
# No USER: GitHub runs Docker actions as root and mounts the workspace owned by the runner's uid
# (so it must be able to read it). No WORKDIR reliance either: the runner sets --workdir /github/workspace and GitLab
# runs scripts in $CI_PROJECT_DIR.
ENTRYPOINT ["/usr/local/bin/hooksync"]
CMD ["--help"]
