#!/usr/bin/env bash
# Event latency across services (see README.md): actors are registered through actors-service at $RATE per
# second (200 by default); each one travels outbox → relay → Kafka → alliances-service's consumer → its
# known_actor projection. Latency = commit time of the projection row − commit time of the actor row, both
# read from PostgreSQL's commit timestamps (track_commit_timestamp), so neither client nor service clocks it.
#
# Starts everything it measures and stops it: its own PostgreSQL and Kafka (the local stack's launcher, a fresh
# data directory, durable PostgreSQL settings as in production), actors-service and alliances-service.
# Needs: built services and launcher (mvn -B package -DskipTests), psql and openssl on the PATH.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
rate="${RATE:-200}"
seconds="${SECONDS_MEASURED:-60}"
warmup="${WARMUP_SECONDS:-30}"
data=/tmp/maillage-events-bench
pg_port=26643
kafka="localhost:29192"
pg="postgres://postgres@localhost:$pg_port"
port=18101
alliances_port=18102
jar="$repo/actors-service/target/quarkus-app/quarkus-run.jar"
launcher="$repo/deploy/local/stack/target/maillage-local-stack-launcher.jar"
source "$repo/deploy/bench/actors-service.sh"
export BENCH_TOKEN="$(java "$repo/deploy/bench/actors/HttpBench.java" token)"

infra_pid=
alliances_pid=
service_pid=
stop_all() {
  for pid in $alliances_pid $service_pid $infra_pid; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT

start_infra() { # $@ extra launcher options
  java -jar "$launcher" --infra-only --data-dir "$data" --postgres-port "$pg_port" \
    --kafka-port "${kafka#localhost:}" --kafka-controller-port 29193 "$@" > /tmp/events-bench-infra.log 2>&1 &
  infra_pid=$!
  for _ in $(seq 1 120); do grep -q "Press Ctrl-C" /tmp/events-bench-infra.log && return; sleep 1; done
  echo "PostgreSQL and Kafka did not start (see /tmp/events-bench-infra.log)" >&2; exit 1
}

echo "== PostgreSQL and Kafka, fresh ($(date +%T))"
start_infra --fresh
# Commit timestamps need a restart to be recorded.
psql "$pg/postgres" -qc "ALTER SYSTEM SET track_commit_timestamp = on"
kill "$infra_pid"; wait "$infra_pid" || true
start_infra
[ "$(psql "$pg/postgres" -Atc "SHOW track_commit_timestamp")" = on ] || { echo "track_commit_timestamp is off" >&2; exit 1; }

echo "== actors-service (relay on) and alliances-service (consumer on)"
start_service actors /tmp/events-bench-actors.log
QUARKUS_HTTP_PORT=$alliances_port QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/alliances" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres KAFKA_BOOTSTRAP_SERVERS="$kafka" \
MAILLAGE_IDENTITY_PUBLIC_KEY="$identity_public_key" \
  java -jar "$repo/alliances-service/target/quarkus-app/quarkus-run.jar" > /tmp/events-bench-alliances.log 2>&1 &
alliances_pid=$!
for _ in $(seq 1 120); do curl -fs "http://localhost:$alliances_port/q/health/ready" >/dev/null && break; sleep 1; done

url="http://localhost:$port"
echo "== warm-up: $rate actors/s for $warmup s (load: $(cut -d' ' -f1-3 /proc/loadavg))"
java "$repo/deploy/bench/changefeed/FeedBench.java" write "$url" "$rate" "$warmup"
from=$(psql "$pg/actors" -Atc "SELECT clock_timestamp()")
echo "== measured: $rate actors/s for $seconds s (load: $(cut -d' ' -f1-3 /proc/loadavg))"
java "$repo/deploy/bench/changefeed/FeedBench.java" write "$url" "$rate" "$seconds"
written=$(psql "$pg/actors" -Atc "SELECT count(*) FROM actor WHERE pg_xact_commit_timestamp(xmin) > '$from'")
# Give the last events time to arrive, then compare the commit times of both rows of each actor.
for _ in $(seq 1 30); do
  psql "$pg/actors" -Atc "\\copy (SELECT id, pg_xact_commit_timestamp(xmin) FROM actor
                                   WHERE pg_xact_commit_timestamp(xmin) > '$from') TO '/tmp/events-bench-written.tsv'"
  arrived=$(psql "$pg/alliances" -Atc "SELECT count(*) FROM known_actor WHERE updated_at > '$from'")
  [ "$arrived" -ge "$written" ] && break
  sleep 1
done
psql "$pg/alliances" -q <<SQL
CREATE TEMP TABLE written (actor_id uuid, committed_at timestamptz);
\\copy written FROM '/tmp/events-bench-written.tsv'
SELECT count(*) AS written,
       count(k.actor_id) AS arrived,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY lag_ms)::numeric, 1) AS p50_ms,
       round(percentile_cont(0.99) WITHIN GROUP (ORDER BY lag_ms)::numeric, 1) AS p99_ms,
       round(max(lag_ms)::numeric, 1) AS max_ms
  FROM written w
  LEFT JOIN known_actor k USING (actor_id)
  CROSS JOIN LATERAL (SELECT extract(epoch FROM pg_xact_commit_timestamp(k.xmin) - w.committed_at) * 1000 AS lag_ms) l;
SQL
echo "== done (load: $(cut -d' ' -f1-3 /proc/loadavg))"
