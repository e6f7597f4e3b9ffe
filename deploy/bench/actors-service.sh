# Sourced by the benchmarks that run actors-service alone (actors, changefeed). Expects $pg, $port and $jar.
# The identity the gateway would forward: the service checks it with the public half, the benchmark clients
# sign with the private half (BENCH_IDENTITY_PRIVATE_KEY, see actors/HttpBench.java).
. "$(dirname "${BASH_SOURCE[0]}")/identity-keys.sh"
export BENCH_IDENTITY_PRIVATE_KEY="$identity_private_key"

# Kafka is not needed unless $kafka names one: the outbox relay is off and events stay in the outbox table. With
# $kafka set the relay publishes them there; the service's consumers stay off either way.
start_service() { # $1 database, $2 log file
  QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://${pg#postgres://postgres@}/$1" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres KAFKA_BOOTSTRAP_SERVERS="${kafka:-localhost:1}" \
  MAILLAGE_EVENTS_OUTBOX_RELAY_ENABLED="$([ -n "${kafka:-}" ] && echo true || echo false)" MAILLAGE_EVENTS_CONSUMER_ENABLED=false \
  MAILLAGE_IDENTITY_PUBLIC_KEY="$identity_public_key" \
    java -jar "$jar" > "$2" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 120); do curl -fs "http://localhost:$port/q/health/live" >/dev/null && return; sleep 1; done
  echo "actors-service did not become ready (see $2)" >&2; exit 1
}
stop_service() { kill "$service_pid"; wait "$service_pid" || true; }
