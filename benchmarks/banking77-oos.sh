#!/usr/bin/env bash
# Out-of-scope detection on BANKING77 with held-out intents (the BANKING77-OOS protocol of
# Zhang et al., 2021, made stricter): 20 of the 77 intents, drawn with a fixed seed, are taken
# away from the bot. The training examples of 10 of them become the "oos" class the model learns;
# the test examples of the other 10 become the out-of-scope test messages. The out-of-scope
# messages the model is measured on therefore come from intents it never saw in any form.
# Reports in-scope accuracy (57 intents) and out-of-scope recall.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${DATASETS:-$root/../shared/datasets}/banking77"
out="$root/data/benchmarks/banking77-oos"
mkdir -p "$out"
python3 - "$data" "$out" <<'PY'
import csv, random, sys
src, out = sys.argv[1], sys.argv[2]
def read(name):
    with open(f"{src}/{name}", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
train, test = read("train.csv"), read("test.csv")
labels = sorted({r["label"] for r in train})
random.Random(77).shuffle(labels)
oos_train, oos_test = set(labels[:10]), set(labels[10:20])
def write(name, rows):
    with open(f"{out}/{name}", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label"])
        w.writerows(rows)
write("train.csv", [(r["text"], "oos" if r["label"] in oos_train else r["label"])
                    for r in train if r["label"] not in oos_test])
write("test.csv", [(r["text"], "oos" if r["label"] in oos_test else r["label"])
                   for r in test if r["label"] not in oos_train])
print(f"out-of-scope for training: {sorted(oos_train)}", file=sys.stderr)
print(f"out-of-scope for testing: {sorted(oos_test)}", file=sys.stderr)
PY
exec "$root/chatdesk" nlu eval --task intent --train "$out/train.csv" --test "$out/test.csv" --oos-label oos --json "$@"
