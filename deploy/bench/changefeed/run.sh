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

keys=$(mktemp -d)
openssl ecparam -name prime256v1 -genkey -noout -out "$keys/ec.pem"
export BENCH_IDENTITY_PRIVATE_KEY="$(openssl pkcs8 -topk8 -nocrypt -in "$keys/ec.pem" -outform DER | base64 -w0)"
identity_public_key="$(openssl ec -in "$keys/ec.pem" -pubout -outform DER 2>/dev/null | base64 -w0)"
rm -rf "$keys"
export BENCH_TOKEN="$(java "$repo/deploy/bench/actors/HttpBench.java" token)"

start_service() {
  QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://${pg#postgres://postgres@}/$db" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres KAFKA_BOOTSTRAP_SERVERS=localhost:1 \
  MAILLAGE_EVENTS_OUTBOX_RELAY_ENABLED=false MAILLAGE_EVENTS_CONSUMER_ENABLED=false \
  MAILLAGE_IDENTITY_PUBLIC_KEY="$identity_public_key" \
    java -jar "$jar" > "/tmp/feed-bench.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 120); do curl -fs "http://localhost:$port/q/health/live" >/dev/null && return; sleep 1; done
  echo "actors-service did not become ready" >&2; exit 1
}
stop_service() { kill "$service_pid"; wait "$service_pid" || true; }
trap 'stop_service 2>/dev/null || true' EXIT

if [ "$phase" != measure ] && [ "$phase" != keepup ]; then
  psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  start_service                  # runs the migrations, the change-feed trigger included
  stop_service
  echo "== seeding $n actors through the tables' triggers, so every row enters the feed ($(date +%T))"
  start=$SECONDS
  psql "$pg/$db" -q -v n="$n" -v tsv="$tsv" -f "$repo/deploy/bench/actors/seed.sql"
  psql "$pg/$db" -qc "VACUUM ANALYZE"
  echo "== seeded in $((SECONDS - start)) s; feed rows: $(psql "$pg/$db" -Atc "SELECT count(*) FROM sync_change WHERE collection = 'actors'")"
fi
[ "$phase" = seed ] && exit 0

start_service
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
