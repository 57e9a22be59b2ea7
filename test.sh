#!/usr/bin/env bash
# Runs every check and test of Parley from a clean clone on Debian 12 with the .NET 10 SDK:
# format check, build, widget size budgets, all test projects (the HTTP suite on SQLite and again on a
# throwaway PostgreSQL 15 cluster), and ends with one line: "tests: N passed, M failed, K skipped".
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ORT_DISABLE_TELEMETRY=1
WORK=$(mktemp -d /tmp/parley-test.XXXXXX)
RESULTS="$WORK/results"
mkdir -p "$RESULTS"
PASSED=0 FAILED=0 SKIPPED=0

# Durability is irrelevant for a throwaway test cluster; speed is not.
PG_EXTRA_OPTS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
source scripts/pg-throwaway.sh

cleanup() {
  pg_stop
  rm -rf "$WORK"
}
trap cleanup EXIT

step() { echo; echo "==> $*"; }
fail_step() { echo "FAILED: $*"; FAILED=$((FAILED + 1)); }

# Adds the totals of one TRX file; a project that wrote none (crash, build break) counts as one failure.
count_trx() {
  local trx=$1 name=$2
  if [ ! -f "$trx" ]; then fail_step "$name produced no results"; return; fi
  local counters total executed passed failed
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  executed=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  PASSED=$((PASSED + ${passed:-0}))
  FAILED=$((FAILED + ${failed:-0}))
  SKIPPED=$((SKIPPED + ${total:-0} - ${executed:-0}))
  echo "$name: ${passed:-0} passed, ${failed:-0} failed, $((${total:-0} - ${executed:-0})) skipped"
}

run_tests() {
  local project=$1 name=$2 limit=$3
  shift 3
  step "tests: $name"
  env "$@" timeout "$limit" dotnet test "$project" -c Release --no-build \
    --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" --logger "console;verbosity=normal" 2>&1 \
    | grep -vE '^\s*$|^\s+Passed ' | tail -n 60
  count_trx "$RESULTS/$name.trx" "$name"
}

step "format check"
dotnet format Parley.slnx --verify-no-changes -v quiet || fail_step "dotnet format found unformatted code (run: dotnet format Parley.slnx)"

step "build"
if ! dotnet build Parley.slnx -c Release -v quiet -nologo; then
  fail_step "build"
  echo "tests: $PASSED passed, $FAILED failed, $SKIPPED skipped"
  exit 1
fi

step "widget size budgets (gzip -9)"
budget() {
  local limit=$1 label=$2
  shift 2
  local size
  size=$(cat "$@" 2>/dev/null | gzip -9c | wc -c)
  if [ ! -f "$1" ]; then echo "$label: missing ($*)"; fail_step "$label missing"; return; fi
  if [ "$size" -le "$limit" ]; then echo "$label: $size bytes (budget $limit) ok"; PASSED=$((PASSED + 1)); else fail_step "$label: $size bytes > $limit"; fi
}
WWW=src/Parley/wwwroot
if [ -f "$WWW/embed.js" ]; then
  budget 15360 "embed.js + embed.css" "$WWW/embed.js" $( [ -f "$WWW/embed.css" ] && echo "$WWW/embed.css")
  budget 1536 "count.js" "$WWW/count.js"
else
  echo "widget not built yet: no $WWW/embed.js"
fi

run_tests tests/Parley.Classifier.Tests classifier 1500 PARLEY_DATASETS="${PARLEY_DATASETS:-$ROOT/../shared/datasets}"
# Google's Python client for the Perspective end-to-end check (Debian's package; the test skips with a message
# where it cannot be installed).
if ! /usr/bin/python3 -c "import googleapiclient" 2>/dev/null; then
  step "Google's Python client (python3-googleapi)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-googleapi >/dev/null) \
    || echo "could not install python3-googleapi: the Python client check will be skipped"
fi

run_tests tests/Parley.Tests http-sqlite 1200

step "PostgreSQL 15 throwaway cluster"
if pg_start; then
  echo "PostgreSQL on 127.0.0.1:$PG_PORT"
  run_tests tests/Parley.Tests http-postgres 1200 \
    PARLEY_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
else
  fail_step "could not start PostgreSQL"
fi

if [ -d tests/Parley.BrowserTests ]; then
  step "Chromium for browser tests"
  if [ ! -x /usr/bin/chromium ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "could not install chromium"
  fi
  mkdir -p "$WORK/home" "$WORK/pw-browsers"
  run_tests tests/Parley.BrowserTests browser 1200 \
    HOME="$WORK/home" PLAYWRIGHT_BROWSERS_PATH="$WORK/pw-browsers" PARLEY_CHROMIUM=/usr/bin/chromium
fi

echo
echo "tests: $PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ]
