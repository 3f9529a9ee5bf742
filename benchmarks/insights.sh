#!/usr/bin/env bash
# The admins' insights on a large store: fills a new SQLite store (in a temporary data directory,
# removed afterwards) with 100,000 generated conversations of about ten messages each over 90 days,
# then times the dashboard's insights call over ranges of 2 to 90 days, p50/p99 per range and
# overall. Options pass through, e.g.
#   benchmarks/insights.sh --conversations 20000
# PostgreSQL: point CHATDESK_STORE_TYPE=postgres CHATDESK_STORE_URL=... at an empty database.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$root/chatdesk" store insights-bench --data-dir "$data" --json "$@"
