#!/usr/bin/env bash
# Installs (Debian, as root) and starts what the test suite needs: Redis, PostgreSQL and Chromium,
# each on loopback, in a throwaway folder. Prints `export` lines for the test environment.
# Usage: eval "$(bash scripts/test-services.sh start)"; ...; bash scripts/test-services.sh stop
set -euo pipefail

STATE=${BASTION_TEST_STATE:-/tmp/bastion-test-services}
REDIS_PORT=${BASTION_TEST_REDIS_PORT:-6391}
PG_PORT=${BASTION_TEST_PG_PORT:-5439}

need_packages() {
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v chromium >/dev/null || missing+=(chromium)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "test services: missing ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root" >&2
      exit 1
    fi
    echo "test services: installing ${missing[*]} from Debian's packages" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >&2
  fi
}

start() {
  need_packages
  mkdir -p "$STATE"
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --dir "$STATE" --logfile "$STATE/redis.log" --pidfile "$STATE/redis.pid" >&2
  fi
  local bin
  bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")
  local data="$STATE/pg"
  local as_pg=()
  if [ "$(id -u)" = 0 ]; then
    as_pg=(runuser -u postgres --)
    chown postgres "$STATE" 2>/dev/null || true
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data" && [ "$(id -u)" = 0 ] && chown postgres "$data"
    "${as_pg[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >"$STATE/initdb.log" 2>&1
  fi
  if ! "${as_pg[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    "${as_pg[@]}" "$bin/pg_ctl" -D "$data" -l "$STATE/pg.log" -w -t 60 \
      -o "-p $PG_PORT -k $STATE -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
  fi
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "export BASTION_TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
  echo "export BASTION_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "export BASTION_TEST_CHROMIUM=$(command -v chromium)"
}

stop() {
  [ -f "$STATE/redis.pid" ] && redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  local bin
  bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n1)")
  if [ -d "$STATE/pg" ]; then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$STATE/pg" -m fast stop >/dev/null 2>&1 || true
    else "$bin/pg_ctl" -D "$STATE/pg" -m fast stop >/dev/null 2>&1 || true; fi
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
