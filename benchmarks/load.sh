#!/usr/bin/env bash
# End-to-end load: the server with the demo bot, in-process on 127.0.0.1, and customers talking to
# it over HTTP at 1, 8 and 32 concurrent conversations; in the same run, the NLU alone on the same
# messages at the same concurrencies. Prints messages per second, p50/p99 latency and errors of
# both, and the end-to-end throughput as a share of the NLU's. The demo model is trained into
# ./data/models on first use (several minutes), then loaded.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec "$root/chatdesk" bench --json "$@"
