#!/usr/bin/env bash
# Load test: DURATION seconds at CONNECTIONS connections with wrk, rotating
# through public pages and searches (bench/rotate.lua), against gunicorn on
# PostgreSQL; then the same with PostgreSQL restarted RESTART_AT seconds in,
# while bench/restart_watch.py times how soon the site answers again and
# checks that each clerk's save made meanwhile was either saved or refused
# with the 503 page that says so.
#
#     PYTHON=.venv/bin/python bench/load.sh
#
# The first run uses DATABASE_URL (default: scrutiny_cachebench on the
# server at 127.0.0.1:5432). The restart is never done to that server: the
# second run starts a throwaway cluster of its own (initdb into /tmp, port
# RESTART_PG_PORT), loads the same archive into it, restarts it with pg_ctl
# and removes it at the end. Only 127.0.0.1 is ever contacted, and every
# loop is bounded in time. Needs wrk (apt-get install wrk) and initdb/pg_ctl.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
export DEBUG=false
export SECRET_KEY=${SECRET_KEY:-bench-only-secret-key-4f7a1c9e2b6d8f0a3c5e7b9d1f4a6c8e0b2d}
export LOG_LEVEL=${LOG_LEVEL:-WARNING}  # no request log line per request
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/scrutiny_cachebench}
PORT=${PORT:-8105}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-64}
WORKERS=${WORKERS:-3}
N=${N:-20000}
RESTART_PG_PORT=${RESTART_PG_PORT:-54400}
RESTART_AT=${RESTART_AT:-20}

command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
initdb_bin=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -n 1 || true)
[ -n "$initdb_bin" ] || { echo "load.sh: initdb is not installed" >&2; exit 1; }
bindir=$(dirname "$(readlink -f "$initdb_bin")")

work=$(mktemp -d /tmp/scrutiny-load.XXXXXX)
pgdata="$work/pg"
site_pid=""
as_owner=()
if [ "$(id -u)" = 0 ]; then
    # initdb and pg_ctl refuse to run as root.
    chown postgres "$work"
    as_owner=(runuser -u postgres --)
fi

cleanup() {
    if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi
    if [ -f "$pgdata/postmaster.pid" ]; then "${as_owner[@]}" "$bindir/pg_ctl" -D "$pgdata" -m fast stop >/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

start_site() {
    DATABASE_URL="$1" DJANGO_SETTINGS_MODULE=bench.bare_settings "$PYTHON" -m gunicorn scrutiny.wsgi:application \
        --bind "127.0.0.1:$PORT" --workers "$WORKERS" --log-level warning 2>>"$work/site.log" &
    site_pid=$!
    for _ in $(seq 1 300); do
        if curl -fs -o /dev/null "http://127.0.0.1:$PORT/bench/bare/" 2>/dev/null; then return; fi
        sleep 0.2
    done
    echo "load.sh: gunicorn did not answer" >&2
    exit 1
}

stop_site() {
    kill "$site_pid"
    wait "$site_pid" || true
    site_pid=""
}

load() {
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/rotate.lua \
        "http://127.0.0.1:$PORT" -- "$work/urls.txt"
}

echo "== $DURATION s at $CONNECTIONS connections, gunicorn $WORKERS workers, PostgreSQL at ${DATABASE_URL##*@}"
"$PYTHON" bench/pages.py --n "$N" --prepare-only "$work/urls.txt"
echo "rotating through $(wc -l < "$work/urls.txt") addresses: pages and searches"
start_site "$DATABASE_URL"
load | tee "$work/steady.txt" | grep -E "Latency|Req/Sec|requests in|Non-2xx|Socket errors|summary:"
stop_site

echo
echo "== the same, with PostgreSQL restarted after $RESTART_AT s (a cluster of this script's own on port $RESTART_PG_PORT)"
"${as_owner[@]}" "$bindir/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 >/dev/null
"${as_owner[@]}" "$bindir/pg_ctl" -D "$pgdata" -w -l "$work/pg.log" \
    -o "-p $RESTART_PG_PORT -k $pgdata -c listen_addresses=127.0.0.1" start >/dev/null
restart_url="postgres://postgres@127.0.0.1:$RESTART_PG_PORT/scrutiny_load"
"$bindir/createdb" -h 127.0.0.1 -p "$RESTART_PG_PORT" -U postgres scrutiny_load
DATABASE_URL="$restart_url" "$PYTHON" bench/pages.py --n "$N" --prepare-only "$work/urls.txt"
start_site "$restart_url"
load > "$work/restart-load.txt" &
load_pid=$!
DATABASE_URL="$restart_url" "$PYTHON" bench/restart_watch.py --port "$PORT" --seconds "$DURATION" \
    --saves-from "$((RESTART_AT - 3))" --saves-until "$((RESTART_AT + 7))" \
    --restart-file "$work/restart.txt" > "$work/watch.txt" &
watch_pid=$!
sleep "$RESTART_AT"
date +%s.%N > "$work/restart.txt"
"${as_owner[@]}" "$bindir/pg_ctl" -D "$pgdata" -m fast -w restart -l "$work/pg.log" >/dev/null
date +%s.%N >> "$work/restart.txt"
wait "$load_pid"
wait "$watch_pid"
grep -E "Latency|Req/Sec|requests in|Non-2xx|Socket errors|summary:" "$work/restart-load.txt"
cat "$work/watch.txt"
echo "503 pages logged by the site: $(grep -c 'answered 503' "$work/site.log" || true)"
stop_site
