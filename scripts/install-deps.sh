#!/usr/bin/env bash
# Installs the system tools the pipeline and its tests need, only those that are missing (idempotent).
# --docker adds what scripts/compose-test.sh needs: Debian's Docker engine, docker-compose, debootstrap and jq.
set -euo pipefail
need=()
if [ "${1:-}" = "--docker" ]; then
  command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
  command -v docker-compose >/dev/null 2>&1 || docker compose version >/dev/null 2>&1 || need+=(docker-compose)
  command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
  command -v jq >/dev/null 2>&1 || need+=(jq)
fi
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
command -v sox >/dev/null 2>&1 || need+=(sox)
# The service's tests and scripts/serve.sh run private clusters from Debian's server binaries.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# EPUBCheck validates the read-along EPUB in the end-to-end tests; Debian ships it as a jar (it pulls in a JRE).
[ -f /usr/share/java/epubcheck.jar ] || need+=(epubcheck)
# The dashboard's browser tests drive Debian's chromium with Playwright (no browser download offline).
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "the .NET 10 SDK is required (dotnet not found on PATH)" >&2; exit 1; }
