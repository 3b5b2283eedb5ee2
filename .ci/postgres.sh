#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server from Debian's packages on 127.0.0.1, owned by this run (its
# own data directory and socket directory, trust auth on loopback only).
# Usage: source .ci/postgres.sh   → exports DATABASE_URL_POSTGRES and defines stop_postgres.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PGDATA="$(mktemp -d /tmp/kb-pg.XXXXXX)"
chown postgres "$PGDATA"
su postgres -s /bin/sh -c "$PGBIN/initdb -D $PGDATA -U kb -A trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null

# A run once failed here with only "could not start server" on port 55432, which lies in Linux's
# ephemeral range (32768-60999) that the earlier lanes' loopback connections draw from. So the
# ports tried lie below it, a held port moves on to the next, and the server's log is printed.
PGPORT=""
for port in ${PGPORT_CANDIDATES:-25432 25433 25434 26432}; do
  if su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -w -t 120 -o '-p $port -k $PGDATA -c listen_addresses=127.0.0.1' start" >/dev/null; then
    PGPORT="$port"
    break
  fi
  echo "PostgreSQL did not start on port $port; its log:" >&2
  tail -n 30 "$PGDATA/server.log" >&2 || true
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDATA -m immediate stop" >/dev/null 2>&1 || true
done
if [ -z "$PGPORT" ]; then
  echo "PostgreSQL could not be started (disk: $(df -h "$PGDATA" | tail -1))" >&2
  exit 1
fi
export DATABASE_URL_POSTGRES="postgres://kb@127.0.0.1:$PGPORT/kb"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"

stop_postgres() {
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDATA -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
