#!/usr/bin/env bash
# Benchmark of the Perspective-compatible API (docs/performance.md, "Perspective API"): builds Release,
# starts Parley on 127.0.0.1 with a fresh SQLite database, creates a key with `parley keys`, runs the
# load generator (50 clients, 500-character comments, six attributes with spans), stops the server.
# Usage: bench/Perspective/run.sh [--clients 50] [--seconds 15] [--warmup 5] [--rate 1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-5090}
WORK=$(mktemp -d /tmp/parley-bench.XXXXXX)
dotnet build src/Parley/Parley.csproj -c Release -v quiet -nologo >/dev/null
dotnet build bench/Perspective/Perspective.Bench.csproj -c Release -v quiet -nologo >/dev/null
export Database__ConnectionString="Data Source=$WORK/parley.db" Auth__KeyFile="$WORK/signing.key" Seed__Demo=true \
  Seed__PublicUrl="http://127.0.0.1:$PORT" Logging__LogLevel__Default=Warning
PARLEY=src/Parley/bin/Release/net10.0/parley.dll
dotnet "$PARLEY" --urls "http://127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.5; done
KEY=$(dotnet "$PARLEY" keys create --site demo --name bench --rps 100000 2>/dev/null)
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
BEFORE=$(cpu)
timeout 60 dotnet bench/Perspective/bin/Release/net10.0/Perspective.Bench.dll --url "http://127.0.0.1:$PORT" --key "$KEY" "$@" | tee "$WORK/bench.txt"
# Server CPU per request: a figure that the other processes on a shared machine disturb less than req/s.
SENT=$(sed -n 's/^sent \([0-9]*\) requests.*/\1/p' "$WORK/bench.txt")
CPU_MS=$(( ($(cpu) - BEFORE) * 1000 / $(getconf CLK_TCK) ))
awk -v ms="$CPU_MS" -v n="$SENT" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" \
  'BEGIN { printf "server CPU: %d ms for %d requests = %.3f ms per request (load average %s)\n", ms, n, ms / n, load }'
