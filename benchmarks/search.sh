#!/usr/bin/env bash
# The agents' conversation search on a large store: fills a new SQLite store (in a temporary data
# directory, removed afterwards) with 100,000 generated conversations of about ten messages each,
# then times the inbox's searches, p50/p99 per kind and overall. Options pass through, e.g.
#   benchmarks/search.sh --conversations 20000
# PostgreSQL: point CHATDESK_STORE_TYPE=postgres CHATDESK_STORE_URL=... at an empty database.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$root/chatdesk" store search-bench --data-dir "$data" --json "$@"
