#!/usr/bin/env bash
# Change-feed benchmark of actors-service (see README.md): a client draining N changes (1,000,000 by default) in
# pages of 500, beside the keyset list's pages of 500 as the anchor, and a client following the feed while 500
# actors/s are written. Needs: a built actors-service (mvn -B -pl actors-service -am package -DskipTests),
# a PostgreSQL 17 with unaccent and pg_trgm reachable as $PG (default postgres://postgres@localhost:26543),
# psql and openssl on the PATH. Kafka is not needed: the outbox relay is off.
#
# Usage: run.sh [all|seed|measure|keepup]. "seed" only seeds (long at 1,000,000); "measure" reuses the seeded
# database; "keepup" measures only the follower beside the writes.
set -euo pipefail
phase="${1:-all}"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
bench="$repo/deploy/bench/changefeed"
pg="${PG:-postgres://postgres@localhost:26543}"
port="${PORT:-18091}"
n="${SIZE:-1000000}"
rate="${RATE:-500}"
jar="${JAR:-$repo/actors-service/target/quarkus-app/quarkus-run.jar}"
db="feed_bench_$n"
tsv=/tmp/maillage-territories.tsv
zcat "$repo/territory-reference/src/main/resources/org/maillage/territory/territories.tsv.gz" > "$tsv"

source "$repo/deploy/bench/actors-service.sh"
export BENCH_TOKEN="$(java "$repo/deploy/bench/actors/HttpBench.java" token)"

trap 'stop_service 2>/dev/null || true' EXIT

if [ "$phase" != measure ] && [ "$phase" != keepup ]; then
  psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  start_service "$db" /tmp/feed-bench.log   # runs the migrations, the change-feed trigger included
  stop_service
  echo "== seeding $n actors through the tables' triggers, so every row enters the feed ($(date +%T))"
  start=$SECONDS
  psql "$pg/$db" -q -v n="$n" -v tsv="$tsv" -f "$repo/deploy/bench/actors/seed.sql"
  psql "$pg/$db" -qc "VACUUM ANALYZE"
  echo "== seeded in $((SECONDS - start)) s; feed rows: $(psql "$pg/$db" -Atc "SELECT count(*) FROM sync_change WHERE collection = 'actors'")"
fi
[ "$phase" = seed ] && exit 0

start_service "$db" /tmp/feed-bench.log
url="http://localhost:$port"
if [ "$phase" != keepup ]; then
echo "== warm-up (load: $(cut -d' ' -f1-3 /proc/loadavg))"
java "$bench/FeedBench.java" list "$url" 200 > /dev/null
echo "== the anchor: the keyset list, pages of 500 (load: $(cut -d' ' -f1-3 /proc/loadavg))"
java "$bench/FeedBench.java" list "$url" 400
echo "== draining the whole feed from the start, pages of 500 (load: $(cut -d' ' -f1-3 /proc/loadavg))"
java "$bench/FeedBench.java" drain "$url"
fi
echo "== following the feed while $rate actors/s are registered, 30 s (load: $(cut -d' ' -f1-3 /proc/loadavg))"
java "$bench/FeedBench.java" keepup "$url" "$rate" 30
