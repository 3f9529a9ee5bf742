#!/usr/bin/env bash
# How the insights group unanswered questions by meaning, on known groups: the demo bot's intents,
# each the group of its examples, in English and Chinese. Half of the intents choose the similarity
# threshold (pairwise F1), the other half check it; prints the sweep, the chosen threshold, the one
# in use (QuestionGrouper.SIMILARITY) and the held-out precision, recall and F1. Options pass
# through, e.g. benchmarks/unanswered-grouping.sh --bot path/to/bot
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./chatdesk insights grouping-eval --json "$@"
