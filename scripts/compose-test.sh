#!/usr/bin/env bash
# Runs the Docker Compose stack for real (CI, .ci/run): builds the images, `up -d`, waits until every service is
# healthy, renders a sample book through the stack, copies the M4B out, checks its chapters with ffprobe, `down -v`.
# Starts a Docker engine when none answers (and stops it at the end), and builds the registry stand-ins with
# scripts/docker-offline-images.sh when the base images are missing (docs/deploy.md).
#
#   bash scripts/compose-test.sh [--keep] [--book FILE]
#
#   --keep       leave the stack running (and its volumes) for a look; `down -v` is printed
#   --book FILE  the book to render, a file under samples/ (default samples/chinese.md)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

# 1: the dashboard image is built and started, its health waited for, and the sample is submitted and downloaded
# through the REST API (scripts/compose-test-api.sh); 0: the CLI path, without the dashboard.
dashboard=1

keep="" book="samples/chinese.md"
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=1; shift ;;
    --book) [ $# -ge 2 ] || { echo "compose-test.sh: --book needs a file" >&2; exit 2; }; book=$2; shift 2 ;;
    -h|--help) sed -n '7,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compose-test.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
case "$book" in samples/*) [ -f "$book" ] || { echo "compose-test.sh: no such book: $book" >&2; exit 2; } ;;
  *) echo "compose-test.sh: --book takes a file under samples/ (it is mounted into the CLI container), not '$book'" >&2; exit 2 ;;
esac

started=$SECONDS
log() { printf '[compose-test %4ss] %s\n' "$((SECONDS - started))" "$*"; }
work=$(mktemp -d)
project=${COMPOSE_PROJECT_NAME:-audiobook-ci}
export DOCKER_BUILDKIT=0 COMPOSE_DOCKER_CLI_BUILD=0 # the classic builder takes local base images as they are

# --- tools and the engine ------------------------------------------------------------------------------------------
bash scripts/install-deps.sh --docker
dockerd_pid=""
if ! docker info >/dev/null 2>&1; then
  log "starting a Docker engine (log $work/dockerd.log)"
  setsid dockerd >"$work/dockerd.log" 2>&1 &
  dockerd_pid=$!
  for ((i = 0; i < 60; i++)); do docker info >/dev/null 2>&1 && break; kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.5; done
  docker info >/dev/null 2>&1 || { tail -20 "$work/dockerd.log" >&2; echo "compose-test.sh: the Docker engine did not start" >&2; exit 1; }
fi
if docker compose version >/dev/null 2>&1; then compose_cmd=(docker compose); else compose_cmd=(docker-compose); fi
compose() { "${compose_cmd[@]}" -p "$project" --env-file "$work/ci.env" "$@"; }

stack_up=""
finish() {
  local status=$?
  set +e
  if [ -n "$stack_up" ]; then
    if [ "$status" -ne 0 ]; then
      log "FAILED: the services' state and their last log lines"
      compose ps -a
      compose logs --no-color --tail=40
    fi
    if [ -n "$keep" ] && [ "$status" -eq 0 ]; then
      log "stack left running: ${compose_cmd[*]} -p $project --env-file $work/ci.env down -v"
    else
      compose down -v --remove-orphans >"$work/down.log" 2>&1 && log "stack removed (down -v)" || cat "$work/down.log" >&2
    fi
  fi
  if [ -n "$dockerd_pid" ]; then kill "$dockerd_pid" 2>/dev/null; wait "$dockerd_pid" 2>/dev/null; fi
  [ -n "$keep" ] && [ "$status" -eq 0 ] || rm -rf "$work"
  exit "$status"
}
trap finish EXIT

# --- base images (stand-ins when no registry answers) ----------------------------------------------------------------
log "base images"
bash scripts/docker-offline-images.sh

# --- the stack's environment: fresh secrets, a free port --------------------------------------------------------------
secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
port=$((20000 + RANDOM % 40000))
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((20000 + RANDOM % 40000)); done
umask 077
cat >"$work/ci.env" <<EOF
POSTGRES_PASSWORD=$(secret)
TTS_API_KEY=$(secret)
DASHBOARD_PORT=$port
DASHSCOPE_API_KEY=
AUDIOBOOK_TAG=ci
EOF
umask 022
compose config -q

# --- images -----------------------------------------------------------------------------------------------------------
services=(postgres migrate tts worker)
build=(migrate tts)
[ "$dashboard" = 1 ] && services+=(dashboard) && build+=(dashboard)
log "building images: ${build[*]} (log $work/build.log)"
build_started=$SECONDS
compose build "${build[@]}" >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; exit 1; }
log "images built in $((SECONDS - build_started))s:"
docker image ls --format '  {{.Repository}}:{{.Tag}}  {{.Size}}' | grep -E ':ci ' || true

# --- up, and wait for health ------------------------------------------------------------------------------------------
log "docker compose up -d ${services[*]}"
stack_up=1
compose up -d "${services[@]}" >"$work/up.log" 2>&1 || { cat "$work/up.log" >&2; exit 1; }
expected=$((1 + 1 + 2)) # postgres, tts, two worker replicas (deploy.replicas)
[ "$dashboard" = 1 ] && expected=$((expected + 1))
health_started=$SECONDS
while :; do
  ids=$(compose ps -q)
  healthy=0 report=""
  for id in $ids; do
    read -r name state health exit_code < <(docker inspect -f '{{.Name}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.State.ExitCode}}' "$id")
    report+="  ${name#/} $state $health"$'\n'
    case "$name" in
      *migrate*) [ "$state" != exited ] || [ "$exit_code" = 0 ] || { compose logs --no-color migrate >&2; echo "compose-test.sh: migrate failed (exit $exit_code)" >&2; exit 1; } ;;
      *) [ "$health" = healthy ] && healthy=$((healthy + 1)) ;;
    esac
    [ "$health" != unhealthy ] || { echo "compose-test.sh: ${name#/} is unhealthy" >&2; exit 1; }
  done
  [ "$healthy" -ge "$expected" ] && break
  [ $((SECONDS - health_started)) -lt 240 ] || { printf '%s' "$report" >&2; echo "compose-test.sh: services not healthy within 240s" >&2; exit 1; }
  sleep 2
done
log "services healthy in $((SECONDS - health_started))s:"
printf '%s' "$report" | sort

# --- a sample render --------------------------------------------------------------------------------------------------
# The CLI in a one-off container; compose's progress lines and the verbs' notes go to a file, shown when a verb fails.
cli() { compose run --rm -T -v "$repo/samples:/samples:ro" cli "$@" 2>"$work/cli.err" || { cat "$work/cli.err" >&2; return 1; }; }
render_started=$SECONDS
if [ "$dashboard" = 1 ]; then
  source scripts/compose-test-api.sh # sets render_id and m4b_local through the REST API
else
  cli publisher add "CI Books" --slug ci-books >/dev/null
  token=$(cli token create --publisher ci-books --name compose-test)
  [ "${#token}" -ge 32 ] || { echo "compose-test.sh: token create printed no token" >&2; exit 1; }
  log "publisher ci-books added, API token created (${#token} characters, not shown)"
  render_id=$(cli submit "/$book" --publisher ci-books | tail -1)
  [ -n "$render_id" ] || { cat "$work/cli.err" >&2; exit 1; }
  log "submitted $book: render $render_id"
  # --watch returns when the render has succeeded, failed or been cancelled; the last line is its final state.
  timeout 900 "${compose_cmd[@]}" -p "$project" --env-file "$work/ci.env" run --rm -T cli status "$render_id" --watch --json \
    >"$work/watch.jsonl" 2>"$work/watch.err" || { tail -3 "$work/watch.jsonl" >&2; echo "compose-test.sh: watching the render failed or timed out" >&2; exit 1; }
  cli status "$render_id" --json >"$work/status.json"
  state=$(jq -r '.render.state' "$work/status.json")
  [ "$state" = succeeded ] || { jq . "$work/status.json" >&2; echo "compose-test.sh: render $render_id ended $state" >&2; exit 1; }
  m4b=$(jq -r '.m4b' "$work/status.json")
  chapters_expected=$(jq -r '.render.chapters_total' "$work/status.json")
  worker_names=$(jq -r '[.chapters[].worker] | unique | join(", ")' "$work/status.json")
  log "render $render_id succeeded in $((SECONDS - render_started))s: $chapters_expected chapters, by workers $worker_names"
  m4b_local="$work/$(basename "$m4b")"
  docker cp "$(compose ps -q worker | head -1):$m4b" "$m4b_local"
  log "copied $m4b out of a worker container"
fi

# --- the M4B, probed ---------------------------------------------------------------------------------------------------
ffprobe -v error -show_chapters -show_format -show_streams -of json "$m4b_local" >"$work/probe.json"
chapters=$(jq '.chapters | length' "$work/probe.json")
duration=$(jq -r '.format.duration' "$work/probe.json")
codec=$(jq -r '[.streams[] | select(.codec_type == "audio") | .codec_name][0]' "$work/probe.json")
log "the M4B, $(basename "$m4b_local") ($(stat -c %s "$m4b_local") bytes): ffprobe says $codec, ${duration}s, $chapters chapters:"
jq -r '.chapters[] | "  \(.start_time | tonumber | floor)s-\(.end_time | tonumber | floor)s  \(.tags.title)"' "$work/probe.json"
[ "$codec" = aac ] || { echo "compose-test.sh: the M4B's audio is '$codec', not aac" >&2; exit 1; }
[ "$chapters" = "$chapters_expected" ] || { echo "compose-test.sh: the M4B has $chapters chapters, the render $chapters_expected" >&2; exit 1; }
awk -v d="$duration" 'BEGIN { exit !(d > 10) }' || { echo "compose-test.sh: the M4B lasts only ${duration}s" >&2; exit 1; }
log "PASSED: images built, services healthy, sample rendered and probed (total $((SECONDS - started))s)"
