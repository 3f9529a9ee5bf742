#!/usr/bin/env bash
# The bundled sentiment and anger model, measured on held-back sets it never trained on:
#  1. our own held-out customer messages (models/eval/customer-sentiment-test.csv, written apart
#     from the training set): 3-class sentiment, and anger (angry vs merely unhappy);
#  2. our own held-out frustration set (models/eval/frustration-test.csv): frustrated or angry
#     messages, many without swearing or capitals, which the bot should hand to a person (anger at
#     least 0.7), and calm complaints, which it should not;
#  3. our own held-out tweet-like short texts (models/eval/short-texts-test.csv), 3 classes,
#     on everyday topics beyond customer service (macro recall is the usual score for these);
#  4. the public UCI "Sentiment Labelled Sentences" (Kotzias et al., KDD 2015; CC BY 4.0):
#     1,000 IMDB, Yelp and Amazon sentences each, 2-class, fetched from the npm package that
#     ships them (sentiment@5.0.2) into ./data/datasets, never into the repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
datasets="$root/data/datasets/uci-sentiment"
mkdir -p "$datasets"
if [ ! -f "$datasets/amazon.csv" ]; then
  (cd "$datasets" && npm pack --silent sentiment@5.0.2 >/dev/null \
    && tar xzf sentiment-5.0.2.tgz --strip-components=3 \
         package/test/fixtures/imdb.json package/test/fixtures/yelp.json package/test/fixtures/amazon.json)
  python3 - "$datasets" <<'PY'
import csv, json, sys
d = sys.argv[1]
for name in ("imdb", "yelp", "amazon"):
    rows = [r for r in json.load(open(f"{d}/{name}.json", encoding="utf-8")) if r["class"] is not None and r["text"].strip()]
    with open(f"{d}/{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label"])
        w.writerows((r["text"].strip(), "positive" if r["class"] == 1 else "negative") for r in rows)
PY
fi
for name in customer-sentiment-test frustration-test short-texts-test; do
  "$root/chatdesk" nlu eval --task sentiment --test "$root/models/eval/$name.csv" --json "$@" | tail -n 1
done
for name in imdb yelp amazon; do
  "$root/chatdesk" nlu eval --task sentiment --test "$datasets/$name.csv" --json "$@" | tail -n 1
done
