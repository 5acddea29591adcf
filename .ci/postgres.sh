#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the store's PostgreSQL tests and
# prints its connection URL as the last line of stdout:
#
#   export KHAYT_TEST_POSTGRES=$(.ci/postgres.sh | tail -1)
#
# The cluster lives in a fresh directory (KHAYT_PG_DIR, default /tmp/khayt-pg-PID), on the
# first free port from 5433 (KHAYT_PG_PORT to choose), with trust authentication on
# loopback only, a role `khayt` owning a database `khayt_test`. The server is never run as
# root: as root it runs as the `postgres` system user. Debian's PostgreSQL is installed
# with apt-get when no server binaries are found (root only). Progress goes to stderr.
set -euo pipefail

say() { echo "postgres.sh: $*" >&2; }
die() {
    say "ERROR: $*"
    exit 1
}

find_bin() {
    local d
    for d in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
            echo "$d"
            return 0
        fi
    done
    return 1
}

BIN=$(find_bin || true)
if [ -z "$BIN" ]; then
    [ "$(id -u)" = 0 ] || die "no PostgreSQL server binaries under /usr/lib/postgresql and not root to install them"
    command -v apt-get >/dev/null || die "no PostgreSQL server binaries and no apt-get to install them"
    say "installing Debian's postgresql package"
    timeout 600 apt-get update -qq >/dev/null 2>&1 || say "apt-get update failed; trying the install anyway"
    DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 ||
        die "apt-get install postgresql failed"
    BIN=$(find_bin) || die "postgresql installed but no server binaries found under /usr/lib/postgresql"
fi
say "using $BIN"

# Who runs the server: initdb and postgres refuse root.
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres ||
        die "no postgres system user and useradd failed"
    as_pg() { runuser -u postgres -- "$@"; }
    OWNER=postgres
else
    as_pg() { "$@"; }
    OWNER=$(id -un)
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

PORT=${KHAYT_PG_PORT:-}
if [ -z "$PORT" ]; then
    for p in $(seq 5433 5532); do
        if port_free "$p"; then
            PORT=$p
            break
        fi
    done
    [ -n "$PORT" ] || die "no free port in 5433-5532"
elif ! port_free "$PORT"; then
    die "port $PORT is in use"
fi

DIR=${KHAYT_PG_DIR:-/tmp/khayt-pg-$$}
[ ! -e "$DIR/data/PG_VERSION" ] || die "$DIR already holds a cluster; remove it or set KHAYT_PG_DIR"
mkdir -p "$DIR"
chown "$OWNER" "$DIR"
chmod 700 "$DIR"

say "initdb in $DIR/data"
as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
    as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust --encoding=UTF8 --locale=C >"$DIR/initdb.log" 2>&1 ||
    die "initdb failed: $(tail -5 "$DIR/initdb.log")"

# Loopback TCP only; the Unix socket goes in the cluster's own directory so no system
# directory (/var/run/postgresql) is needed.
say "starting on 127.0.0.1:$PORT"
as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=200 -c fsync=off" >/dev/null ||
    die "the server did not start: $(tail -5 "$DIR/server.log" 2>/dev/null)"

psql_pg() { as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_pg -d postgres -c "CREATE ROLE khayt LOGIN" >/dev/null || die "cannot create role khayt"
psql_pg -d postgres -c "CREATE DATABASE khayt_test OWNER khayt" >/dev/null || die "cannot create database khayt_test"
as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U khayt -d khayt_test -X -q -c "SELECT 1" >/dev/null ||
    die "cannot connect as khayt"
say "ready; stop it with: runuser -u $OWNER -- $BIN/pg_ctl -D $DIR/data stop"
echo "postgres://khayt@127.0.0.1:$PORT/khayt_test"
