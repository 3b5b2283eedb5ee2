#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server from Debian's packages on 127.0.0.1:$PGPORT, owned by this
# run (its own data directory, trust auth on loopback only). Prints the DATABASE_URL to use.
# Usage: source .ci/postgres.sh   → exports DATABASE_URL_POSTGRES and defines stop_postgres.
set -euo pipefail

PGPORT="${PGPORT:-55432}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PGDATA="$(mktemp -d /tmp/kb-pg.XXXXXX)"
chown postgres "$PGDATA"
su postgres -s /bin/sh -c "$PGBIN/initdb -D $PGDATA -U kb -A trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null
su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -w -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1' start" >/dev/null
export DATABASE_URL_POSTGRES="postgres://kb@127.0.0.1:$PGPORT/kb"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"

stop_postgres() {
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDATA -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
