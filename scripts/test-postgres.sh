#!/usr/bin/env bash
# A private PostgreSQL for the tests: its own data directory, loopback only, trust
# authentication for one role. Debian's postgresql (15) and postgresql-contrib (unaccent).
#   scripts/test-postgres.sh start DIR PORT   prints the URL to export as VIGIE_TEST_POSTGRES
#   scripts/test-postgres.sh stop DIR
# fsync is off (a test server's data need not survive a crash) unless VIGIE_PG_DURABLE=1.
set -euo pipefail
cmd=${1:?start or stop}
dir=$(realpath -m "${2:?data directory}")
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL is not installed (apt-get install postgresql postgresql-contrib)" >&2; exit 1; }
# PostgreSQL refuses to run as root: as root, the server runs as the postgres user
as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    port=${3:?port}
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres "$dir"
      as "$bin/initdb" -D "$dir" -U vigie --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    durability="-c fsync=off"
    [ "${VIGIE_PG_DURABLE:-}" = 1 ] && durability=""
    as "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir $durability -c max_connections=100" start >/dev/null
    echo "postgres://vigie@127.0.0.1:$port/postgres"
    ;;
  stop)
    as "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null || true
    ;;
  *) echo "start or stop" >&2; exit 2 ;;
esac
