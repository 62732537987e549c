#!/usr/bin/env bash
# Builds the base images the Dockerfiles and docker-compose.yml name, on a machine that reaches no container registry
# (CI here, an air-gapped site): a Debian 12 root file system from debootstrap, and local stand-ins tagged with the
# official names, so the production files build and run unchanged. On a connected machine this is not needed.
#
#   bash scripts/docker-offline-images.sh [--cache DIR]
#
#   --cache DIR  keeps the debootstrapped root file system (the slow part) as DIR/debian-bookworm-minbase-dotnet.tar.gz and
#                reuses it (default: .cache/docker in the repository; AUDIOBOOK_DOCKER_CACHE)
#
# Idempotent: an image that is already present is skipped. Needs a running Docker engine, and debootstrap when no
# cached root file system exists. Images (docs/deploy.md, "Without a registry"):
#   local/debian:bookworm                  debootstrap --variant=minbase with what .NET needs at run time (the official
#                                          runtime-deps image's ca-certificates, ICU, OpenSSL, zlib, tzdata)
#   mcr.microsoft.com/dotnet/aspnet:10.0   + this machine's .NET and ASP.NET Core runtimes, user app (1654), port 8080
#   mcr.microsoft.com/dotnet/sdk:10.0      + this machine's whole .NET SDK
#   postgres:15                            + Debian's PostgreSQL 15, an entrypoint with the official image's variables
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
cache=${AUDIOBOOK_DOCKER_CACHE:-$repo/.cache/docker}
while [ $# -gt 0 ]; do
  case "$1" in
    --cache) [ $# -ge 2 ] || { echo "docker-offline-images.sh: --cache needs a folder" >&2; exit 2; }; cache=$2; shift 2 ;;
    -h|--help) sed -n '6,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "docker-offline-images.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
# The classic builder uses a local image of a FROM tag as it is; BuildKit would try to reach the registry.
export DOCKER_BUILDKIT=0
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
dotnet_root=${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}
docker info >/dev/null 2>&1 || { echo "docker-offline-images.sh: no Docker engine answers (start dockerd first)" >&2; exit 1; }

have() { docker image inspect "$1" >/dev/null 2>&1; }
started=$SECONDS
step() { printf '[offline-images %4ss] %s\n' "$((SECONDS - started))" "$*"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A build's context: the given Dockerfile plus whatever the caller puts beside it.
build() { # tag context-dir
  step "building $1"
  docker build -q -t "$1" --label org.opencontainers.image.description="local stand-in built by scripts/docker-offline-images.sh" "$2" >"$work/build.log" 2>&1 \
    || { tail -30 "$work/build.log" >&2; exit 1; }
}

# --- local/debian:bookworm -------------------------------------------------------------------------------------------
if have local/debian:bookworm; then
  step "local/debian:bookworm present"
else
  mkdir -p "$cache"
  rootfs="$cache/debian-bookworm-minbase-dotnet.tar.gz"
  if [ ! -s "$rootfs" ]; then
    command -v debootstrap >/dev/null || { echo "docker-offline-images.sh: debootstrap is not installed (apt-get install debootstrap)" >&2; exit 1; }
    step "debootstrap bookworm from $mirror (about a minute)"
    root="$work/rootfs"
    # .NET's run-time libraries go in here, so they are part of the cached root file system and cost no apt run later.
    debootstrap --variant=minbase --include=ca-certificates,libicu72,libssl3,tzdata,zlib1g bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
      || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
    cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} bookworm-security main
SOURCES
    # Like the official Debian images: no recommends, no documentation, no apt lists in the image.
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\nAcquire::Languages "none";\n' >"$root/etc/apt/apt.conf.d/90docker"
    printf 'path-exclude /usr/share/doc/*\npath-exclude /usr/share/man/*\npath-exclude /usr/share/info/*\n' >"$root/etc/dpkg/dpkg.cfg.d/90nodoc"
    # HTTPS from containers passes this build machine's re-signing proxy: trust its certificates (a fact of the
    # machine, so it lives here and never in the project's Dockerfiles).
    if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
      cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
      chroot "$root" update-ca-certificates >/dev/null 2>&1
    fi
    chroot "$root" apt-get clean
    rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/usr/share/doc/* "$root"/usr/share/man/*
    tar -C "$root" -czf "$rootfs.tmp" . && mv "$rootfs.tmp" "$rootfs"
    rm -rf "$root"
  else
    step "root file system from the cache: $rootfs"
  fi
  docker import -c 'CMD ["bash"]' -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    "$rootfs" local/debian:bookworm >/dev/null
  step "imported local/debian:bookworm"
fi

# --- mcr.microsoft.com/dotnet/aspnet:10.0 ------------------------------------------------------------------------------
if have mcr.microsoft.com/dotnet/aspnet:10.0; then
  step "mcr.microsoft.com/dotnet/aspnet:10.0 present"
else
  ctx="$work/aspnet"
  mkdir -p "$ctx/dotnet/shared"
  cp -a "$dotnet_root/dotnet" "$dotnet_root/host" "$dotnet_root/LICENSE.txt" "$dotnet_root/ThirdPartyNotices.txt" "$ctx/dotnet/"
  cp -a "$dotnet_root/shared/Microsoft.NETCore.App" "$dotnet_root/shared/Microsoft.AspNetCore.App" "$ctx/dotnet/shared/"
  # The official image's conventions: user app (uid 1654, APP_UID), ASP.NET Core on port 8080.
  cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM local/debian:bookworm
ENV APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true
RUN groupadd --gid=1654 app && useradd --no-log-init --uid=1654 --gid=1654 --create-home app
COPY dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet
DOCKERFILE
  build mcr.microsoft.com/dotnet/aspnet:10.0 "$ctx"
  rm -rf "$ctx"
fi

# --- mcr.microsoft.com/dotnet/sdk:10.0 ---------------------------------------------------------------------------------
if have mcr.microsoft.com/dotnet/sdk:10.0; then
  step "mcr.microsoft.com/dotnet/sdk:10.0 present"
else
  ctx="$work/sdk"
  mkdir -p "$ctx"
  # Hard links when on one file system (no 600 MB copy), else a copy.
  cp -al "$dotnet_root" "$ctx/dotnet" 2>/dev/null || { rm -rf "$ctx/dotnet"; cp -a "$dotnet_root" "$ctx/dotnet"; }
  # NUGET_CERT_REVOCATION_MODE=offline: package signatures are checked without reaching the revocation servers, which
  # this build machine cannot (its own environment sets the same).
  cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM local/debian:bookworm
ENV DOTNET_RUNNING_IN_CONTAINER=true DOTNET_USE_POLLING_FILE_WATCHER=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 \
    NUGET_XMLDOC_MODE=skip NUGET_CERT_REVOCATION_MODE=offline
COPY dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet
DOCKERFILE
  build mcr.microsoft.com/dotnet/sdk:10.0 "$ctx"
  rm -rf "$ctx"
fi

# --- postgres:15 ---------------------------------------------------------------------------------------------------------
if have postgres:15; then
  step "postgres:15 present"
else
  ctx="$work/postgres"
  mkdir -p "$ctx"
  cp docker/offline/postgres-entrypoint.sh "$ctx/docker-entrypoint.sh"
  cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM local/debian:bookworm
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/run/postgresql /var/lib/postgresql/data \
 && chown -R postgres:postgres /var/run/postgresql /var/lib/postgresql && chmod 2777 /var/run/postgresql
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data LANG=C.UTF-8
COPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
VOLUME /var/lib/postgresql/data
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["postgres"]
DOCKERFILE
  chmod 755 "$ctx/docker-entrypoint.sh"
  build postgres:15 "$ctx"
  rm -rf "$ctx"
fi
step "done: $(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep -E '^(local/debian|mcr\.microsoft\.com/dotnet/|postgres:)' | sort | tr '\n' ' ')"
