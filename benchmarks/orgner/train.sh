#!/usr/bin/env bash
# Rebuild the organisation-NER experiment's model from the gold (CPU, a few minutes):
#   bash benchmarks/orgner/train.sh [OUT_DIR]
# Training pages: /work/eval/dev/gold less sets 25-28 (s2526, s2728), which stay unseen for
# benchmarks/orgner/combos.py. Set EVAL=... to use another root of gold folders.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
py="$root/.venv/bin/python"
out=${1:-/tmp/orgner}
eval_root=${EVAL:-/work/eval}
seed=${SEED:-0}
steps=${MAX_STEPS:-4000}
mkdir -p "$out"
"$py" "$here/build_data.py" "$eval_root/dev/gold" "$out/data" \
    --exclude "$eval_root/s2728/gold" --exclude "$eval_root/s2526/gold" --kinds ORG,PERSON,POST
"$py" -m spacy init config --lang en --pipeline ner --optimize efficiency "$out/base.cfg" --force
sed -i "s/^max_steps = 20000/max_steps = $steps/; s/^patience = 1600/patience = 1000/" "$out/base.cfg"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 timeout 900 nice "$py" -m spacy train "$out/base.cfg" \
    --output "$out/model" --paths.train "$out/data/train.spacy" \
    --paths.dev "$out/data/dev.spacy" --system.seed "$seed"
echo "model: $out/model/model-best"
echo "score: $py $here/combos.py $out/model/model-best $eval_root/s2728/gold $eval_root/s2526/gold"
