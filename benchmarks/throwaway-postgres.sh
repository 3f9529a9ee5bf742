# Sourced by a script (CI, a benchmark): starts a throwaway server of Debian's PostgreSQL on
# 127.0.0.1:$1 with a database named $2, owned by the role chatdesk (no password: trust on the
# loopback), in a temporary folder; stops and deletes it when the sourcing script exits. Installs
# the postgresql package first if it is missing. Sets THROWAWAY_POSTGRES_URL.
# PostgreSQL refuses to run as root: as root it runs as its own user.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_PORT=$1
PGDATA=$(mktemp -d /tmp/chatdesk-postgres.XXXXXX)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$PGDATA"; fi
as_postgres "$PG_BIN/initdb" -D "$PGDATA" -U chatdesk --auth=trust >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
  -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1" start >/dev/null
trap 'as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGDATA"' EXIT
as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U chatdesk "$2"
THROWAWAY_POSTGRES_URL="postgresql://127.0.0.1:$PG_PORT/$2"
echo "PostgreSQL: $THROWAWAY_POSTGRES_URL ($("$PG_BIN/postgres" --version))" >&2
