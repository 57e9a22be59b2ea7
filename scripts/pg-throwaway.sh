# Sourced by test.sh and bench/run.sh: a throwaway PostgreSQL 15 cluster on 127.0.0.1 and a free port.
# Needs WORK (a temp folder removed by the caller). Sets PG_DIR, PG_PORT; pg_stop stops it.
PG_BIN=/usr/lib/postgresql/15/bin
PG_DIR="" PG_PORT=""

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    if ! (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

# PostgreSQL refuses to run as root, so the cluster belongs to the postgres system user.
pg_start() {
  if [ ! -x "$PG_BIN/initdb" ]; then echo "PostgreSQL 15 binaries not found in $PG_BIN"; return 1; fi
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  PG_DIR="$WORK/pg"
  mkdir -p "$PG_DIR"
  chown -R postgres "$PG_DIR"
  chmod 755 "$WORK"
  PG_PORT=$(free_port) || return 1
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c max_connections=300 ${PG_EXTRA_OPTS:-}" start >/dev/null \
    || { cat "$PG_DIR/server.log"; return 1; }
}

# Runs SQL in the throwaway cluster as the postgres user.
pg_sql() {
  runuser -u postgres -- "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -qAt -c "$1"
}

pg_stop() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
}
