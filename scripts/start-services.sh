#!/usr/bin/env bash
# Start PostgreSQL and Redis on loopback for the tests that run the site as production does
# (CI runs the whole suite against them). Installs the Debian packages when missing; needs
# root (or password-less sudo). Prints the two environment variables to export.
set -euo pipefail
# Only the two export lines go to standard output (callers eval it); all else to stderr.
# The daemons started below get fd 3 closed (3>&-): a daemon holding it open would keep the
# caller's "$(...)" waiting forever.
exec 3>&1 1>&2

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
# shellcheck disable=SC2086
as_root pg_ctlcluster $cluster start </dev/null >/dev/null 2>&1 3>&- || true
for _ in $(seq 1 30); do
  as_root su postgres -c "psql -qAtc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
as_root su postgres -c "psql -qAtc \"SELECT 1 FROM pg_roles WHERE rolname='iawp'\"" | grep -q 1 ||
  as_root su postgres -c "psql -qc \"CREATE ROLE iawp LOGIN CREATEDB PASSWORD 'iawp'\""
as_root su postgres -c "psql -qAtc \"SELECT 1 FROM pg_database WHERE datname='iawp'\"" | grep -q 1 ||
  as_root su postgres -c "createdb -O iawp iawp"

if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no \
    </dev/null >/dev/null 2>&1 3>&-
fi
for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 0.5; done

echo "export DATABASE_URL=postgres://iawp:iawp@127.0.0.1:5432/iawp" >&3
echo "export CACHE_URL=redis://127.0.0.1:6379/1" >&3
