#!/usr/bin/env bash
# Chinese intent recognition, measured on a split of our own Chinese data: the demo bot's Chinese
# examples (bots/demo-shop/intents/*.yml, written by us), every fifth example of each intent held
# out as the test set, the rest fine-tuning bge-small-zh-v1.5 as `nlu eval --language zh` does.
# This is the split the Chinese training settings were chosen on (never a held-back test set).
# The split is written under ./data/datasets/demo-zh-intents, never into the repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/data/datasets/demo-zh-intents"
mkdir -p "$out"
python3 - "$root/bots/demo-shop/intents" "$out" <<'PY'
import csv, glob, os, sys
import yaml
intents, out = sys.argv[1], sys.argv[2]
train, test = [], []
for path in sorted(glob.glob(os.path.join(intents, "*.yml"))):
    intent = yaml.safe_load(open(path, encoding="utf-8"))
    examples = intent["examples"]
    chinese = examples.get("zh", []) if isinstance(examples, dict) else []
    for i, text in enumerate(chinese):
        (test if i % 5 == 4 else train).append((text, intent["intent"]))
for name, rows in (("train", train), ("test", test)):
    with open(os.path.join(out, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label"])
        w.writerows(rows)
print(f"{len(train)} training and {len(test)} test sentences", file=sys.stderr)
PY
"$root/chatdesk" nlu eval --task intent --language zh --train "$out/train.csv" --test "$out/test.csv" --json "$@" | tail -n 1
