#!/usr/bin/env bash
# Benchmarks of actors-service (see README.md). Needs: a built actors-service (mvn -pl actors-service install),
# a PostgreSQL 17 with unaccent and pg_trgm reachable as $PG (default postgres://postgres@localhost:26543),
# psql, pgbench, wrk and openssl on the PATH. Kafka is not needed: the outbox relay is switched off, events pile up in
# the outbox table exactly as they are written in production.
#
# Usage: run.sh [all|seed|measure|latency|reads|writes|bulk]. "seed" only creates and seeds the databases (long
# at 1,000,000 actors); "measure" reuses them, so the measures can wait for an idle machine; the others reuse
# them and measure one thing: the search and list latency, reads or writes against pgbench, or the bulk
# import into the largest one. Default: all. The writes measure the outbox relay's cost too when $KAFKA names
# a broker (e.g. the local stack's, localhost:29092 with --kafka-port 29092).
set -euo pipefail
phase="${1:-all}"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
bench="$repo/deploy/bench/actors"
pg="${PG:-postgres://postgres@localhost:26543}"
port="${PORT:-18081}"
sizes="${SIZES:-10000 1000000}"
jar="$repo/actors-service/target/quarkus-app/quarkus-run.jar"
tsv=/tmp/maillage-territories.tsv
zcat "$repo/territory-reference/src/main/resources/org/maillage/territory/territories.tsv.gz" > "$tsv"

source "$repo/deploy/bench/actors-service.sh"

queries=(
  "/api/v1/actors?limit=50"
  "/api/v1/actors?q=amberieu&limit=50"
  "/api/v1/actors?territory=93&limit=50"
  "/api/v1/actors?territory=01004&theme=HEALTH&limit=50"
  "/api/v1/actors?kind=FOUNDATION&limit=50"
  "/api/v1/actors?updatedSince=2020-01-01T00:00:00Z&includeArchived=true&limit=50"
  # The two selective searches above find 3 and 0 actors at 10,000 but fill 50 and 23 at 1,000,000. The same
  # searches asked for pages that are full at both sizes tell finding apart from returning more actors.
  "/api/v1/actors?q=amberieu&limit=3"
  "/api/v1/actors?territory=01004&limit=3"
)

for n in $sizes; do
  case "$phase" in bulk|reads|writes) break ;; esac
  db="actors_bench_$n"
  if [ "$phase" != measure ] && [ "$phase" != latency ]; then
    psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    start_service "$db" "/tmp/actors-bench-$db.log"   # runs the migrations
    echo "== seeding $n actors ($(date +%T))"
    psql "$pg/$db" -q -v n="$n" -v tsv="$tsv" -f "$bench/seed.sql"
    psql "$pg/$db" -qc "VACUUM ANALYZE"
    stop_service
    echo "== seeded $n actors ($(date +%T))"
  fi
  [ "$phase" = seed ] && continue
  start_service "$db" "/tmp/actors-bench-$db.log"
  echo "== search and list latency, $n actors (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  # C2 was still using half of the service's CPU after 30 s of warm-up (async-profiler, 10,000 actors): warm
  # for two minutes so that both sizes are measured on compiled code, not beside the compiler.
  java -Dwarmup.seconds="${LATENCY_WARMUP:-120}" "$bench/HttpBench.java" latency "http://localhost:$port" 200 "${queries[@]}"
  stop_service
done

case "$phase" in seed|latency) exit 0 ;; esac
db="actors_bench_${sizes##* }"
measures() { [ "$phase" = all ] || [ "$phase" = measure ] || [ "$phase" = "$1" ]; }
start_service "$db" "/tmp/actors-bench-$db.log"
if measures reads; then
id=$(psql "$pg/$db" -Atc "SELECT id FROM actor ORDER BY random() LIMIT 1")
echo "== GET /api/v1/actors/{id} vs pgbench running the same SQL, 8 connections (load: $(cut -d' ' -f1-3 /proc/loadavg))"
# wrk rather than a JVM client: the load generator must cost far less CPU than the service it measures.
token=$(java "$bench/HttpBench.java" token)
wrk -t2 -c8 -d40s -H "X-Maillage-Identity: $token" "http://localhost:$port/api/v1/actors/$id" > /dev/null  # warm-up
wrk -t2 -c8 -d20s --latency -H "X-Maillage-Identity: $token" \
  "http://localhost:$port/api/v1/actors/$id" | grep -E "Requests/sec|50%|99%|Non-2xx"
# The statement the service sends for one actor (repository/ActorViews).
cat > /tmp/actor-get.sql <<SQL
SELECT a.id, a.name, a.kind, a.world, a.description, a.website, a.email, a.phone, a.address_street,
       a.address_postal_code, a.address_city, a.address_commune_code, a.themes, a.archived,
       a.archived_at, a.merged_into, a.created_at, a.updated_at, a.version,
       t.levels, t.codes, i.schemes, i.identifier_values, r.systems, r.external_ids
  FROM actor a
  LEFT JOIN LATERAL (SELECT array_agg(level) AS levels, array_agg(code) AS codes
                       FROM actor_territory WHERE actor_id = a.id AND declared) t ON true
  LEFT JOIN LATERAL (SELECT array_agg(scheme) AS schemes, array_agg(value) AS identifier_values
                       FROM actor_identifier WHERE actor_id = a.id) i ON true
  LEFT JOIN LATERAL (SELECT array_agg(system) AS systems, array_agg(external_id) AS external_ids
                       FROM actor_external_ref WHERE actor_id = a.id) r ON true
 WHERE a.id = '$id';
SQL
# The service's driver runs it as a server-side prepared statement once it has seen it five times, so
# "-M prepared" is the like-for-like figure; "-M simple" (pgbench's default) plans it on every call.
for protocol in prepared simple; do
  echo "pgbench -M $protocol:"
  pgbench -n -M "$protocol" -c 8 -j 2 -T 20 -f /tmp/actor-get.sql "$pg/$db" | grep -E "tps|latency average"
done
fi

if measures writes; then
stop_service
echo "== POST /api/v1/actors vs pgbench running the same statements in one transaction, 8 connections"
token=$(java "$bench/HttpBench.java" token)
register() { # $1 what is measured; each on a fresh service warmed the same way, relay on when $kafka is set
  start_service "$db" "/tmp/actors-bench-$db.log"
  # wrk's Lua script sets no identity: it goes as a header of every request.
  wrk -t2 -c8 -d"${WRITE_WARMUP:-60}s" -H "X-Maillage-Identity: $token" -s "$bench/register.lua" \
    "http://localhost:$port/api/v1/actors" -- 1 > /dev/null
  echo "service, $1 (load: $(cut -d' ' -f1-3 /proc/loadavg)):"
  wrk -t2 -c8 -d20s --latency -H "X-Maillage-Identity: $token" -s "$bench/register.lua" \
    "http://localhost:$port/api/v1/actors" -- 2 | grep -E "Requests/sec|50%|99%|Non-2xx"
  stop_service
  psql "$pg/$db" -q -f "$bench/unbulk.sql"
}
anchor() { # warmed too: the first writes after a cleanup tidy the indexes it left
  pgbench -n -M prepared -c 8 -j 2 -T 20 -f "$bench/register.sql" "$pg/$db" > /dev/null
  echo "pgbench -M prepared, the same statements (load: $(cut -d' ' -f1-3 /proc/loadavg)):"
  pgbench -n -M prepared -c 8 -j 2 -T 20 -f "$bench/register.sql" "$pg/$db" | grep -E "tps|latency average"
  psql "$pg/$db" -q -f "$bench/unbulk.sql"
}
# Alternated, so that the service and the anchor see the tables at the same size and in the same state of
# autovacuum; with a broker the service runs once with the relay off (events pile up) and once on.
for round in $(seq 1 "${WRITE_ROUNDS:-2}"); do
  anchor
  register "relay off (round $round)"
  [ -n "${KAFKA:-}" ] && kafka="$KAFKA" register "relay on, publishing to $KAFKA (round $round)"
done
[ "$phase" = writes ] && exit 0
start_service "$db" "/tmp/actors-bench-$db.log"
fi
[ "$phase" = reads ] && { stop_service; exit 0; }

# A previous run's imports leave autovacuum minutes of work on the big tables; measured beside it, the import
# shares two cores with maintenance that belongs to earlier runs. Wait for it (vacuums the rounds below cause
# do run during the measure).
for _ in $(seq 1 60); do
  busy=$(psql "$pg/$db" -Atc "SELECT string_agg(query, '; ') FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")
  [ -z "$busy" ] && break
  echo "waiting for autovacuum: $busy"; sleep 10
done
echo "== bulk import through the service (load: $(cut -d' ' -f1-3 /proc/loadavg))"
territories="$repo/territory-reference/src/main/resources/org/maillage/territory/territories.tsv.gz"
# The JIT compiles the import path for tens of seconds on two cores: warm it, then measure. Rounds after a
# 40,000-actor warm-up were still climbing; after 100,000 (about 25 s) they no longer do.
echo -n "warm-up: "
java "$bench/HttpBench.java" bulk "http://localhost:$port" "${BULK_WARMUP:-100000}" 1000 "${BULK_CONCURRENCY:-2}" "$territories"
for round in $(seq 1 "${BULK_ROUNDS:-3}"); do
  java "$bench/HttpBench.java" bulk "http://localhost:$port" 20000 1000 "${BULK_CONCURRENCY:-2}" "$territories"
done
stop_service
# Back to the seeded size, so that the next latency run compares 10,000 with 1,000,000 and not with more.
psql "$pg/$db" -q -f "$bench/unbulk.sql"
