#!/usr/bin/env bash
# Benchmarks of alliances-service (see README.md). Needs: a built alliances-service (mvn -pl alliances-service
# install), a PostgreSQL 17 reachable as $PG (default postgres://postgres@localhost:26552), psql on the PATH.
# Kafka is not needed: the outbox relay and the consumer are off; events stay in the outbox table, which the
# write path fills exactly as in production. Requests go to the service directly, not through the gateway, so
# the forwarded-identity check is off (maillage.identity.required=false).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
bench="$repo/deploy/bench/alliances"
pg="${PG:-postgres://postgres@localhost:26552}"
port="${PORT:-18082}"
sizes="${SIZES:-1000 100000}"
requests="${REQUESTS:-200}"
jar="$repo/alliances-service/target/quarkus-app/quarkus-run.jar"

start_service() { # $1 database
  QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://${pg#postgres://postgres@}/$1" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres KAFKA_BOOTSTRAP_SERVERS=localhost:1 \
  MAILLAGE_EVENTS_OUTBOX_RELAY_ENABLED=false MAILLAGE_EVENTS_CONSUMER_ENABLED=false MAILLAGE_IDENTITY_REQUIRED=false \
    java -jar "$jar" > "/tmp/alliances-bench-$1.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 180); do curl -fs "http://localhost:$port/api/v1/alliances?limit=1" >/dev/null && return; sleep 1; done
  echo "alliances-service did not become ready (see /tmp/alliances-bench-$1.log)" >&2; exit 1
}
stop_service() { kill "$service_pid"; wait "$service_pid" || true; }
trap 'kill "${service_pid:-}" 2>/dev/null || true' EXIT   # a failed step does not leave the service running

echo "== machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average: //')"
declare -A p50
for n in $sizes; do
  db="alliances_bench_$n"
  psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  start_service "$db"                                  # runs the migrations
  psql "$pg/$db" -q -v n="$n" -f "$bench/seed-list.sql"
  echo "== needsAttention=true over $n alliances ($(psql "$pg/$db" -Atc "SELECT count(*) FROM alliance")) rows"
  psql "$pg/$db" -f "$bench/explain.sql" | grep -E "Execution Time|Planning Time|Limit|Index Scan|Seq Scan|Rows Removed"
  out=$(java "$bench/HttpBench.java" latency "http://localhost:$port" "$requests" \
    "/api/v1/alliances?needsAttention=true&limit=50")
  echo "$out"
  p50[$n]=$(echo "$out" | awk '{for (i = 1; i <= NF; i++) if ($i == "p50") print $(i + 1)}')
  if [ "$n" = "${sizes%% *}" ]; then
    id=$(psql "$pg/$db" -At -f "$bench/seed-status.sql" | tail -1)
    echo "== GET /{id}/status, 200 members and 2 000 commitments (alliance $id)"
    java "$bench/HttpBench.java" latency "http://localhost:$port" "$requests" "/api/v1/alliances/$id/status" \
      "/api/v1/alliances/$id"
  fi
  echo "== load after $n: $(uptime | sed 's/.*load average: //')"
  stop_service
done
small="${sizes%% *}"; large="${sizes##* }"
awk -v a="${p50[$large]}" -v b="${p50[$small]}" -v l="$large" -v s="$small" \
  'BEGIN { printf "== p50 ratio needsAttention %s / %s alliances: %.2f (goal <= 1.5)\n", l, s, a / b }'
