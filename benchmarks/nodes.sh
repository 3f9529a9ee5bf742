#!/usr/bin/env bash
# End-to-end load on SQLite (one node), PostgreSQL (one node) and PostgreSQL (two nodes in a
# cluster) in one run: messages per second, p50/p99 and errors of each, and each one's throughput
# as a share of SQLite's (see benchmarks/load.sh for what is measured). The PostgreSQL server is a
# throwaway one of Debian's postgresql package started here, or the one at
# CHATDESK_BENCH_POSTGRES_URL (a database no server uses: the benchmark adds conversations; log in
# with --postgres-user and PGPASSWORD). Extra options go to chatdesk bench (--seconds, --nodes).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -n "${CHATDESK_BENCH_POSTGRES_URL:-}" ]; then
  exec "$root/chatdesk" bench --json --postgres "$CHATDESK_BENCH_POSTGRES_URL" "$@"
fi
source "$root/benchmarks/throwaway-postgres.sh" 55433 chatdesk_bench
"$root/chatdesk" bench --json --postgres "$THROWAWAY_POSTGRES_URL" --postgres-user chatdesk "$@"
