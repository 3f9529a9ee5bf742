#!/usr/bin/env bash
# How long a bot owner waits after adding one example to an intent: the demo bot (English) is
# copied, trained (or loaded from ./data/bench-retrain), one new wording is added to an intent,
# and `nlu train` runs again. Prints the second training's JSON (trainSeconds, "training":
# "incremental" or "full" with the reason, held-out scores before and after), the wall time of the
# whole command, and what the new model reads the added wording as.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${BENCH_DATA_DIR:-$root/data/bench-retrain}"
bot="$(mktemp -d)/demo-shop"
trap 'rm -rf "$(dirname "$bot")"' EXIT
cp -r "$root/bots/demo-shop" "$bot"
"$root/chatdesk" nlu train --bot "$bot" --language en --data-dir "$data" --json > /dev/null
wording="${1:-the site keeps saying my details are wrong when I try to get in}"
python3 - "$bot/intents/account_login.yml" "$wording" <<'PY'
import sys
path, wording = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
marker = "examples:\n  en:\n"
assert marker in text, "account_login.yml has no English examples"
open(path, "w", encoding="utf-8").write(text.replace(marker, marker + f'    - "{wording}"\n', 1))
PY
started=$(date +%s.%N)
"$root/chatdesk" nlu train --bot "$bot" --language en --data-dir "$data" --json | tail -n +1
ended=$(date +%s.%N)
python3 -c "print('{\"wallSeconds\": %.1f}' % ($ended - $started))"
echo "$wording" | "$root/chatdesk" nlu predict --bot "$bot" --data-dir "$data" --json
