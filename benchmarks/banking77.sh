#!/usr/bin/env bash
# Intent accuracy on BANKING77 (77 banking intents): fine-tunes on the train split, measures on
# the test split. Data: ../shared/datasets/banking77 (CC BY 4.0), read in place.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${DATASETS:-$root/../shared/datasets}/banking77"
exec "$root/chatdesk" nlu eval --task intent --train "$data/train.csv" --test "$data/test.csv" --json "$@"
