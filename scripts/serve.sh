#!/usr/bin/env bash
# Runs the render service on this machine in one command: a private PostgreSQL cluster under the data folder, the
# schema (audiobook migrate), the local TTS server (unless DASHSCOPE_API_KEY is set) and N worker processes. Writes
# DATA/stack.env for the CLI (`source DATA/stack.env; audiobook status`) and stops everything on Ctrl-C or SIGTERM:
# workers first (SIGTERM: running chapters finish or are handed back), then the TTS server, then PostgreSQL.
#
#   bash scripts/serve.sh [--port P] [--workers N] [--data DIR]
#
#   --port P     the stack's ports start at P: P is kept for the dashboard, PostgreSQL listens on P+1, the TTS server
#                on P+2 (default: free ports)
#   --workers N  worker processes (default 2; each runs Worker:Workers chapters at once)
#   --data DIR   cluster, output store, segment cache, logs and stack.env (default: data/stack in the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

usage() { sed -n '7,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
port="" workers=2 data="$repo/data/stack"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) [ $# -ge 2 ] || usage; port=$2; shift 2 ;;
    --workers) [ $# -ge 2 ] || usage; workers=$2; shift 2 ;;
    --data) [ $# -ge 2 ] || usage; data=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "serve.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
[[ "$workers" =~ ^[1-9][0-9]?$ ]] || { echo "serve.sh: --workers takes 1 to 99, not '$workers'" >&2; exit 2; }
[ -z "$port" ] || [[ "$port" =~ ^[0-9]+$ && "$port" -ge 1024 && "$port" -le 65000 ]] || { echo "serve.sh: --port takes 1024 to 65000, not '$port'" >&2; exit 2; }
mkdir -p "$data"
data=$(cd "$data" && pwd)
logs="$data/logs"
mkdir -p "$logs" "$data/store" "$data/segments"

# --- what is started, and how it is stopped (in this order) ------------------------------------------------------
worker_pids=() tts_pid="" dashboard_pid="" pg_started=""
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }
stop_process() { # pid name seconds: SIGTERM, wait, then SIGKILL
  local pid=$1 name=$2 seconds=$3 i
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < seconds * 5; i++)); do alive "$pid" || { echo "  stopped $name"; return 0; }; sleep 0.2; done
  echo "  $name did not stop within ${seconds}s: killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
}
stopping=""
stop_all() {
  [ -z "$stopping" ] || return 0
  stopping=1
  trap '' INT TERM
  echo "stopping the stack..."
  # Workers first, all at once: each finishes or hands back its chapters within Worker:ShutdownTimeout (+15 s host margin).
  for pid in "${worker_pids[@]}"; do alive "$pid" && kill -TERM "$pid" 2>/dev/null || true; done
  for i in "${!worker_pids[@]}"; do stop_process "${worker_pids[$i]}" "worker $((i + 1))" 45; done
  stop_process "$dashboard_pid" "dashboard" 20
  stop_process "$tts_pid" "TTS server" 20
  if [ -n "$pg_started" ]; then as_postgres "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null && echo "  stopped PostgreSQL"; fi
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'status=$?; stop_all; exit $status' EXIT

# --- tools and build ---------------------------------------------------------------------------------------------
bash scripts/install-deps.sh
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "serve.sh: PostgreSQL's initdb not found under /usr/lib/postgresql" >&2; exit 1; }
echo "building (Release)..."
dotnet build src/Audiobook.Cli -c Release -nologo -v quiet >"$logs/build.log" 2>&1 || { tail -20 "$logs/build.log" >&2; exit 1; }
bin="$repo/src/Audiobook.Cli/bin/Release/net10.0"
dotnet build src/Audiobook.Dashboard -c Release -nologo -v quiet >>"$logs/build.log" 2>&1 || { tail -20 "$logs/build.log" >&2; exit 1; }
dashboard_bin="$repo/src/Audiobook.Dashboard/bin/Release/net10.0"
cli() { dotnet "$bin/audiobook.dll" "$@"; }

# --- ports ---------------------------------------------------------------------------------------------------------
taken=()
free_port() { # a port nothing listens on and this script has not handed out
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    [[ " ${taken[*]} " == *" $p "* ]] || listening "$p" || { echo "$p"; return; }
  done
}
if [ -n "$port" ]; then
  dashboard_port=$port pg_port=$((port + 1)) tts_port=$((port + 2))
  for p in "$pg_port" "$tts_port"; do ! listening "$p" || { echo "serve.sh: port $p is in use" >&2; exit 1; }; done
else
  dashboard_port=$(free_port); taken+=("$dashboard_port")
  pg_port=$(free_port); taken+=("$pg_port")
  tts_port=$(free_port); taken+=("$tts_port")
fi

# --- PostgreSQL: a private cluster, password authentication, loopback only -----------------------------------------
# initdb and the server refuse to run as root: as root they run as the postgres user, who owns DATA/postgres.
pgroot="$data/postgres" pgdata="$data/postgres/data"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir -p "$pgroot"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$pgroot"
  runuser -u postgres -- test -x "$pgroot" || { echo "serve.sh: the postgres user cannot open $pgroot: choose --data under a folder it can reach" >&2; exit 1; }
fi
chmod 700 "$pgroot"
secret() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }
umask 077
[ -s "$data/postgres.password" ] || secret >"$data/postgres.password"
[ -s "$data/audiobook.password" ] || secret >"$data/audiobook.password"
[ -s "$data/tts.key" ] || { printf 'sk-local-'; secret; } >"$data/tts.key"
umask 022
if [ ! -s "$pgdata/PG_VERSION" ]; then
  echo "creating the PostgreSQL cluster in $pgdata..."
  install -m 600 "$data/postgres.password" "$pgroot/pwfile"
  [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$pgroot/pwfile"
  as_postgres "$pgbin/initdb" -D "$pgdata" -U postgres --pwfile="$pgroot/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$logs/initdb.log" 2>&1 \
    || { rm -f "$pgroot/pwfile"; tail -20 "$logs/initdb.log" >&2; exit 1; }
  rm -f "$pgroot/pwfile"
fi
if as_postgres "$pgbin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
  echo "a server from an earlier run is still up on this cluster: stopping it"
  as_postgres "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null
fi
as_postgres "$pgbin/pg_ctl" -D "$pgdata" -l "$pgroot/server.log" -w \
  -o "-p $pg_port -k $pgroot -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
pg_started=1
export PGPASSWORD
PGPASSWORD=$(cat "$data/postgres.password")
psql_admin() { "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
app_password=$(cat "$data/audiobook.password")
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'audiobook'")" ]; then
  psql_admin <<<"CREATE ROLE audiobook LOGIN PASSWORD '$app_password'" # on stdin: never in the process list
fi
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'audiobook'")" ]; then
  psql_admin -c "CREATE DATABASE audiobook OWNER audiobook"
fi
unset PGPASSWORD

# --- the environment every process of the stack shares, and stack.env for the operator's shell ----------------------
export AUDIOBOOK__ConnectionStrings__Audiobook="Host=127.0.0.1;Port=$pg_port;Database=audiobook;Username=audiobook;Password=$app_password"
export AUDIOBOOK__Storage__Root="$data/store"
export AUDIOBOOK__Rendering__CacheDirectory="$data/segments"
tts_key=$(cat "$data/tts.key")
if [ -z "${DASHSCOPE_API_KEY:-}" ]; then
  export AUDIOBOOK__Tts__BaseUrl="ws://127.0.0.1:$tts_port/api-ws/v1/realtime"
  export AUDIOBOOK__Tts__ApiKey="$tts_key"
fi
umask 077
{
  echo "# Written by scripts/serve.sh: 'source $data/stack.env', then 'audiobook status'. Holds passwords: keep it private."
  for name in AUDIOBOOK__ConnectionStrings__Audiobook AUDIOBOOK__Storage__Root AUDIOBOOK__Rendering__CacheDirectory AUDIOBOOK__Tts__BaseUrl AUDIOBOOK__Tts__ApiKey; do
    [ -z "${!name:-}" ] || printf 'export %s=%q\n' "$name" "${!name}"
  done
  printf 'export AUDIOBOOK_STACK_POSTGRES_PORT=%s\n' "$pg_port"
  [ -n "${DASHSCOPE_API_KEY:-}" ] || printf 'export AUDIOBOOK_STACK_TTS_PORT=%s\n' "$tts_port"
  printf 'export AUDIOBOOK_STACK_DASHBOARD_PORT=%s\n' "$dashboard_port"
  printf 'audiobook() { dotnet %q "$@"; }\n' "$bin/audiobook.dll"
} >"$data/stack.env"
umask 022

echo "migrating..."
cli migrate

# --- the local TTS server (the real service when DASHSCOPE_API_KEY is set) ----------------------------------------
# Every process is started in its own session (setsid), so a Ctrl-C in this terminal reaches only this script, which
# stops them in order: the TTS server must outlive the workers' last chapters.
wait_for_port() { # port pid name
  for ((i = 0; i < 150; i++)); do listening "$1" && return 0; alive "$2" || break; sleep 0.2; done
  echo "serve.sh: $3 did not start (see $logs)" >&2; exit 1
}
if [ -z "${DASHSCOPE_API_KEY:-}" ]; then
  TtsServer__ApiKeys__0="$tts_key" TtsServer__DataDirectory="$data/tts" \
    setsid nice -n 10 dotnet "$bin/Audiobook.TtsServer.dll" --urls "http://127.0.0.1:$tts_port" >"$logs/tts-server.log" 2>&1 &
  tts_pid=$!
  wait_for_port "$tts_port" "$tts_pid" "the TTS server"
fi

# --- workers ---------------------------------------------------------------------------------------------------------
# Rendering is batch work: the workers (their ffmpeg children inherit it) and the local TTS server run at nice 10, so
# on one machine the dashboard and PostgreSQL answer first (measured: docs/benchmarks/service.md, "Load").
for ((n = 1; n <= workers; n++)); do
  setsid nice -n 10 dotnet "$bin/audiobook.dll" worker >"$logs/worker-$n.log" 2>&1 &
  worker_pids+=($!)
done

# --- the dashboard: publishers' pages and the REST API on $dashboard_port, with the same environment ----------------------
AUDIOBOOK__Dashboard__Urls="http://127.0.0.1:$dashboard_port" \
  setsid dotnet "$dashboard_bin/Audiobook.Dashboard.dll" >"$logs/dashboard.log" 2>&1 &
dashboard_pid=$!
wait_for_port "$dashboard_port" "$dashboard_pid" "the dashboard"

# Wait until every worker says it runs (or one dies: its log says why).
for i in "${!worker_pids[@]}"; do
  for ((t = 0; t < 300; t++)); do
    grep -q "running; health at" "$logs/worker-$((i + 1)).log" 2>/dev/null && break
    alive "${worker_pids[$i]}" || { echo "serve.sh: worker $((i + 1)) stopped at start:" >&2; tail -5 "$logs/worker-$((i + 1)).log" >&2; exit 1; }
    sleep 0.2
  done
done

echo
echo "the render service is running:"
echo "  PostgreSQL   127.0.0.1:$pg_port  (cluster $pgdata, database audiobook)"
if [ -n "$tts_pid" ]; then echo "  TTS server   http://127.0.0.1:$tts_port  pid $tts_pid  (local espeak-ng engine; log $logs/tts-server.log)"; else echo "  TTS          the Qwen service (DASHSCOPE_API_KEY)"; fi
for i in "${!worker_pids[@]}"; do echo "  worker $((i + 1))     pid ${worker_pids[$i]}  (log $logs/worker-$((i + 1)).log)"; done
echo "  dashboard    http://127.0.0.1:$dashboard_port  pid $dashboard_pid  (REST API /api/v1, OpenAPI /openapi/v1.json; log $logs/dashboard.log)"
echo "  store        $data/store   segment cache $data/segments"
echo
echo "in another shell:"
echo "  source $data/stack.env"
echo "  audiobook publisher add \"Acme Books\" --slug acme"
echo "  audiobook user add you@example.com --publisher acme --role admin --password-stdin   # then sign in at the dashboard"
echo "  audiobook submit samples/chinese.md --publisher acme"
echo "  audiobook status <render> --watch"
echo "Ctrl-C (or SIGTERM) stops everything."

# Sleep in the background so a signal is handled at once; report a worker that dies on its own.
reported=()
while :; do
  sleep 2 &
  wait $! || true
  for i in "${!worker_pids[@]}"; do
    if ! alive "${worker_pids[$i]}" && [[ " ${reported[*]} " != *" $i "* ]]; then
      echo "worker $((i + 1)) (pid ${worker_pids[$i]}) exited: see $logs/worker-$((i + 1)).log" >&2
      reported+=("$i")
    fi
  done
done
