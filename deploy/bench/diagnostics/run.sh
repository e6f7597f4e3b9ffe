#!/usr/bin/env bash
# Benchmarks of diagnostics-service against a running instance (deploy/local/start, or the service alone):
#  1. import 350 000 observations (10 indicators x every commune) from one CSV;
#  2. diagnose one commune against every commune on the 10 indicators, N times: p50 / p99;
#  3. diagnose all 101 départements in one batch.
# Usage: deploy/bench/diagnostics/run.sh [base-url]   (default http://localhost:8083; the gateway works too)
set -euo pipefail
base="${1:-http://localhost:8083}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runs="${RUNS:-200}"
period="${PERIOD:-2023}"

echo "== load before: $(uptime)"
echo "== preparing 10 indicators and the CSV"
for i in $(seq -w 1 10); do
  curl -s -o /dev/null -H 'Content-Type: application/json' -X POST "$base/api/v1/indicators" -d "{\"code\": \"bench_i$i\",
    \"label\": \"Benchmark indicator $i (meaningless values)\", \"unit\": \"%\", \"theme\": \"EMPLOYMENT\",
    \"polarity\": \"HIGHER_IS_WORSE\", \"aggregation\": \"POPULATION_WEIGHTED_MEAN\", \"source\": \"benchmark\"}"
done
python3 "$here/make-csv.py" "$work/observations.csv"
ls -l "$work/observations.csv" | awk '{print "CSV size:", $5, "bytes"}'

echo "== 1. CSV import (upsert + derivation of EPCI, départements, régions)"
curl -s -o "$work/import.json" -w 'HTTP %{http_code}, %{time_total} s\n' -H 'Content-Type: text/csv' \
  --data-binary "@$work/observations.csv" "$base/api/v1/observation-imports/csv?period=$period&source=benchmark"
python3 -c "import json,sys; r=json.load(open('$work/import.json')); print({k: r.get(k) for k in ('status','received','created','updated','rejected','derived')})"

echo "== 2. diagnose commune 93066 (Saint-Denis) against every commune, $runs times"
body="{\"territoryCode\": \"93066\", \"period\": \"$period\", \"indicators\": [$(seq -f '"bench_i%02g"' -s ', ' 1 10)],
  \"reference\": {\"type\": \"NATION\"}}"
for _ in $(seq 1 10); do curl -s -o /dev/null -H 'Content-Type: application/json' -d "$body" "$base/api/v1/diagnostics"; done
for _ in $(seq 1 "$runs"); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$body" "$base/api/v1/diagnostics"
done > "$work/latencies.txt"
sort -n "$work/latencies.txt" | awk '{a[NR]=$1} END {printf "p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d runs\n",
  a[int(NR*0.50+0.5)]*1000, a[int(NR*0.99+0.5)]*1000, a[NR]*1000, NR}'

echo "== 3. batch: every département on the 10 indicators"
curl -s -o "$work/batch.json" -w 'HTTP %{http_code}, %{time_total} s\n' -H 'Content-Type: application/json' \
  -d "{\"level\": \"DEPARTEMENT\", \"period\": \"$period\", \"indicators\": [$(seq -f '"bench_i%02g"' -s ', ' 1 10)]}" \
  "$base/api/v1/diagnostics/batches"
python3 -c "import json; print('diagnostics created:', json.load(open('$work/batch.json'))['count'])"
echo "== load after: $(uptime)"
