#!/usr/bin/env bash
# Store throughput: customer turns written into the configured store (the customer's message,
# then the model's reading, the bot's reply and the dialogue state: two transactions) at 1, 8 and
# 32 conversations at once. SQLite under ./data by default; PostgreSQL with
#   CHATDESK_STORE_TYPE=postgres CHATDESK_STORE_URL=postgresql://HOST:PORT/DB \
#   CHATDESK_STORE_USER=... CHATDESK_STORE_PASSWORD=... benchmarks/store.sh
# It adds conversations: point it at a store no server is using.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec "$root/chatdesk" store bench --json "$@"
