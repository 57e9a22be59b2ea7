#!/usr/bin/env bash
# Read/write load benchmark of the widget API on 127.0.0.1, bounded in time, stops by itself.
#   bench/run.sh [sqlite|postgres] [seconds-per-phase]
# Starts a Release build of Parley on a free port with its own database, seeds 50 stories × 200
# comments (a third replies) plus one 20,000-comment story, measures thread reads (32 connections),
# counts for 10 URLs, posts/s; then restarts with the thread cache off to compare first pages of a
# 20-comment and a 20,000-comment story on the database path, and once more with the classifier step off
# to measure posts/s without it. Results: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-sqlite}
SECS=${2:-10}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ORT_DISABLE_TELEMETRY=1
WORK=$(mktemp -d /tmp/parley-bench.XXXXXX)
source scripts/pg-throwaway.sh
SERVER_PID=""
stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi; }
trap 'stop_server; pg_stop; rm -rf "$WORK"' EXIT

dotnet build src/Parley -c Release -v quiet -nologo >/dev/null
dotnet build bench/Parley.Bench -c Release -v quiet -nologo >/dev/null
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

if [ "$DB" = postgres ]; then
  pg_start
  export Database__Provider=Postgres
  export Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Maximum Pool Size=64"
else
  export Database__Provider=Sqlite
  export Database__ConnectionString="Data Source=$WORK/bench.db"
fi
export Seed__PublicUrl="$BASE" Auth__KeyFile="$WORK/signing.key" RateLimits__PostsPerCommenter=100000000 RateLimits__PostsPerIp=100000000
export Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production

start_server() {
  dotnet src/Parley/bin/Release/net10.0/parley.dll --urls "$BASE" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do curl -fs "$BASE/health" >/dev/null 2>&1 && return 0; sleep 0.2; done
  cat "$WORK/server.log"; return 1
}

echo "Parley benchmark: $DB, $SECS s per phase, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
start_server
BENCH="dotnet bench/Parley.Bench/bin/Release/net10.0/Parley.Bench.dll $BASE $SECS"
if command -v wrk >/dev/null; then
  # wrk (Debian package) costs far less CPU per request than an HttpClient loop on the same two cores.
  $BENCH --ids "$WORK/ids" --seed-only
  if [ "$DB" = postgres ]; then
    # 30,000 inserts in a minute leave autovacuum, statistics and a checkpoint to catch up on, which
    # takes the CPU away in bursts while the reads run. Measure steady state: do that work now.
    pg_sql "VACUUM ANALYZE" && pg_sql "CHECKPOINT"
  fi
  # Warm the read path (JIT tiers) before measuring it.
  PARLEY_IDS="$WORK/ids" wrk -t2 -c32 -d3s -s bench/thread.lua "$BASE" >/dev/null
  echo "-- thread read, 50 stories, 32 connections (wrk) --"
  PARLEY_IDS="$WORK/ids" wrk -t2 -c32 -d"${SECS}s" --latency -s bench/thread.lua "$BASE" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
  echo "-- counts for 10 URLs, 32 connections (wrk) --"
  Q=$(for i in $(seq 0 9); do printf 'url=%s&' "$BASE/bench/story-$i"; done)
  wrk -t2 -c32 -d"${SECS}s" --latency "$BASE/api/v1/sites/demo/counts?${Q%&}" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
  $BENCH --posts-only
else
  echo "(wrk not installed: apt-get install -y wrk; falling back to the C# load loop)"
  $BENCH
fi
stop_server
echo "-- thread cache off (database path) --"
Threads__CacheEnabled=false start_server
$BENCH --pages-only
stop_server
echo "-- classifier step off (write path without the classifier) --"
Moderation__ClassifierEnabled=false start_server
# A restarted server is cold (JIT tiers, caches): warm it up as the first run was, then measure.
dotnet bench/Parley.Bench/bin/Release/net10.0/Parley.Bench.dll "$BASE" 20 --posts-only >/dev/null
$BENCH --posts-only
