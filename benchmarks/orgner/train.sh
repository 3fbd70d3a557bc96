#!/usr/bin/env bash
# Rebuild the organisation/programme NER experiment's model from the gold (CPU, minutes):
#   bash benchmarks/orgner/train.sh [OUT_DIR]
# Training pages: every development set of tests/independent (by the set column of its
# SOURCES.md) except the evaluation fold (FOLD, default 55,56) and the held-out sets 14-16,
# which stay unseen for benchmarks/orgner/combos.py.
#   FOLD=53,54   hold out sets 53 and 54 instead
#   KINDS=...    labels (default ORG,PROGRAMME,PERSON,POST)
#   SEED=1 MAX_STEPS=200 PATIENCE=... TIMEOUT=...   (MAX_STEPS=200 for a quick smoke run)
#   PY=...       the Python with spaCy and kg (default: the checkout's .venv, else /work/main's)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
py=${PY:-$root/.venv/bin/python}
[ -x "$py" ] || py=/work/main/.venv/bin/python
export PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}"
out=${1:-/tmp/orgner}
indep=${INDEP:-$root/tests/independent}
fold=${FOLD:-55,56}
kinds=${KINDS:-ORG,PROGRAMME,PERSON,POST}
seed=${SEED:-0}
steps=${MAX_STEPS:-6000}
patience=${PATIENCE:-1500}
limit=${TIMEOUT:-1200}
mkdir -p "$out"
"$py" "$here/build_data.py" "$indep/gold" "$out/data" --sources "$indep/SOURCES.md" \
    --exclude-sets "14,15,16,$fold" --kinds "$kinds" --seed "$seed"
"$py" -m spacy init config --lang en --pipeline ner --optimize efficiency "$out/base.cfg" --force
sed -i "s/^max_steps = 20000/max_steps = $steps/; s/^patience = 1600/patience = $patience/" \
    "$out/base.cfg"
# A run that hits the time limit keeps its last model-best (spaCy saves it at each eval).
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 timeout "$limit" nice "$py" -m spacy train \
    "$out/base.cfg" --output "$out/model" --paths.train "$out/data/train.spacy" \
    --paths.dev "$out/data/dev.spacy" --system.seed "$seed" || echo "training stopped: $?"
echo "model: $out/model/model-best"
echo "score: $py $here/combos.py $out/model/model-best GOLD_DIR"
