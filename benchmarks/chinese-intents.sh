#!/usr/bin/env bash
# Chinese intent recognition, measured on splits of our own Chinese data (never a held-back test set):
#   shop (default)  models/eval/shop-intents-zh.csv: 2,635 customer messages of a Chinese online shop
#                   over 31 intents, written by us for choosing the Chinese training settings; every
#                   fifth message of each intent is the test set (2,108 training, 527 test sentences)
#   demo            the demo bot's Chinese examples (bots/demo-shop/intents/*.yml), every fifth
#                   example of each intent held out
# Each fine-tunes bge-small-zh-v1.5 as `nlu eval --task intent --language zh` does; further arguments
# go to it. The split is written under ./data/datasets, never into the repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
set_name="${1:-shop}"
[ $# -gt 0 ] && shift
out="$root/data/datasets/zh-intents-$set_name"
mkdir -p "$out"
python3 - "$set_name" "$root" "$out" <<'PY'
import csv, glob, os, sys
set_name, root, out = sys.argv[1:]
rows = []
if set_name == "shop":
    with open(os.path.join(root, "models/eval/shop-intents-zh.csv"), encoding="utf-8") as f:
        rows = [(r["text"], r["label"]) for r in csv.DictReader(f)]
elif set_name == "demo":
    import yaml
    for path in sorted(glob.glob(os.path.join(root, "bots/demo-shop/intents/*.yml"))):
        intent = yaml.safe_load(open(path, encoding="utf-8"))
        examples = intent["examples"]
        rows += [(text, intent["intent"]) for text in (examples.get("zh", []) if isinstance(examples, dict) else [])]
else:
    sys.exit(f"unknown set '{set_name}': shop or demo")
seen, train, test = {}, [], []
for text, label in rows:
    seen[label] = seen.get(label, 0) + 1
    (test if seen[label] % 5 == 0 else train).append((text, label))
for name, part in (("train", train), ("test", test)):
    with open(os.path.join(out, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label"])
        w.writerows(part)
print(f"{len(train)} training and {len(test)} test sentences, {len(seen)} intents", file=sys.stderr)
PY
"$root/chatdesk" nlu eval --task intent --language zh --train "$out/train.csv" --test "$out/test.csv" --json "$@" | tail -n 1
