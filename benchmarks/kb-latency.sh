#!/usr/bin/env bash
# Knowledge-base search latency on 50,000 help-article passages: a corpus generated (seeded) from
# the demo shop's articles, embedded by the pretrained sentence encoder and indexed once (about 10
# to 20 minutes on two cores; cached in ./data/kb-bench, so a rerun skips it). Then 2,000 customer
# questions per mode (bm25, dense, hybrid), one at a time, each embedded at query time, with the
# result cache off and after 300 untimed ones. Prints p50/p99 per mode; the last line is JSON.
# Other PyTorch work on the machine slows it down: run it alone.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec "$root/chatdesk" kb bench --articles "$root/bots/demo-shop/articles" --data-dir "$root/data" --json "$@"
