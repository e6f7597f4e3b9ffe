#!/usr/bin/env bash
# GET /api/v1/actors/{id} through the gateway vs straight to actors-service with a valid identity token: same
# actor, same concurrency, same run (see README.md); and through a bare relay on the gateway's own stack
# (BareRelay.java), and through nginx (the field's reference relay, started here with a generated config): what one
# more HTTP hop costs on this machine. Needs: built actors-service and gateway
# (mvn -pl actors-service,gateway -am install -DskipTests), a PostgreSQL reachable as $PG (default
# postgres://postgres@localhost:26543, as for deploy/bench/actors), psql, wrk, nginx (Debian: nginx-light),
# openssl, curl and java.
# Kafka is not needed: relays and consumers are switched off.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
pg="${PG:-postgres://postgres@localhost:26543}"
actors_port="${ACTORS_PORT:-18181}"
gateway_port="${GATEWAY_PORT:-18180}"
relay_port="${RELAY_PORT:-18182}"
nginx_port="${NGINX_PORT:-18183}"
connections="${CONNECTIONS:-16}"
duration="${DURATION:-20s}"
rounds="${ROUNDS:-3}"
warmup_rounds="${WARMUP_ROUNDS:-3}"
admin_key="bench-admin-key-$(openssl rand -hex 16)"

. "$repo/deploy/bench/identity-keys.sh"

for db in actors_gwbench gateway_gwbench; do
  psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait || true
  if [ -n "${nginx_dir:-}" ]; then rm -rf "$nginx_dir"; fi
}
trap cleanup EXIT

common_env() { # $1 port, $2 database
  echo QUARKUS_HTTP_PORT="$1" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://${pg#postgres://postgres@}/$2" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres KAFKA_BOOTSTRAP_SERVERS=localhost:1 \
    MAILLAGE_EVENTS_OUTBOX_RELAY_ENABLED=false MAILLAGE_EVENTS_CONSUMER_ENABLED=false \
    MAILLAGE_IDENTITY_PUBLIC_KEY="$identity_public_key" QUARKUS_LOG_LEVEL=WARN
}
wait_ready() { # $1 port, $2 name
  for _ in $(seq 1 120); do curl -fs "http://localhost:$1/q/health/live" >/dev/null && return; sleep 1; done
  echo "$2 did not become ready" >&2; exit 1
}

env $(common_env "$actors_port" actors_gwbench) java -jar "$repo/actors-service/target/quarkus-app/quarkus-run.jar" \
  > /tmp/gwbench-actors.log 2>&1 &
pids+=($!)
env $(common_env "$gateway_port" gateway_gwbench) \
  MAILLAGE_GATEWAY_UPSTREAMS_ACTORS="http://localhost:$actors_port" \
  MAILLAGE_GATEWAY_IDENTITY_PRIVATE_KEY="$identity_private_key" MAILLAGE_GATEWAY_IDENTITY_PUBLIC_KEY="$identity_public_key" \
  MAILLAGE_GATEWAY_SECURITY_BOOTSTRAP_ADMIN_KEY_SHA256="$(printf %s "$admin_key" | sha256sum | cut -d' ' -f1)" \
  MAILLAGE_GATEWAY_SECURITY_RATE_LIMIT_CAPACITY=1000000000 MAILLAGE_GATEWAY_SECURITY_RATE_LIMIT_REFILL_PER_SECOND=1000000000 \
  java ${GATEWAY_JAVA_OPTS:-} -jar "$repo/gateway/target/quarkus-app/quarkus-run.jar" > /tmp/gwbench-gateway.log 2>&1 &
pids+=($!)
# The floor: the same stack relaying without doing anything else (BareRelay.java).
java -cp "$repo/gateway/target/quarkus-app/lib/main/*" "$repo/deploy/bench/gateway/BareRelay.java" \
  "$relay_port" localhost "$actors_port" > /tmp/gwbench-relay.log 2>&1 &
pids+=($!)
wait_ready "$actors_port" actors-service
wait_ready "$gateway_port" gateway
for _ in $(seq 1 60); do grep -q '^relay on' /tmp/gwbench-relay.log && break; sleep 1; done

# nginx as a reverse proxy is usually set up for this hop: keep-alive connections to the upstream, HTTP/1.1,
# no buffering of the answer, one worker per core.
nginx_dir=$(mktemp -d)
cat > "$nginx_dir/nginx.conf" <<NGINX
worker_processes auto;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $nginx_dir/body;
  proxy_temp_path $nginx_dir/proxy;
  upstream actors { server 127.0.0.1:$actors_port; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://actors;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
    }
  }
}
NGINX
nginx -e "$nginx_dir/error.log" -c "$nginx_dir/nginx.conf" -g 'daemon off;' > /tmp/gwbench-nginx.log 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do [ -s "$nginx_dir/nginx.pid" ] && break; sleep 0.2; done

gateway_url="http://localhost:$gateway_port/api/v1/actors"
relay_url="http://localhost:$relay_port/api/v1/actors"
nginx_url="http://127.0.0.1:$nginx_port/api/v1/actors"
id=$(curl -fs -H "X-API-Key: $admin_key" -H 'Content-Type: application/json' "$gateway_url" \
  -d '{"name":"Centre social des Minguettes","kind":"ASSOCIATION","territories":[{"code":"69259"}],"themes":["SOCIAL_COHESION"],"identifiers":[{"scheme":"SIREN","value":"732829320"}]}' \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
token=$(BENCH_IDENTITY_PRIVATE_KEY="$identity_private_key" java "$repo/deploy/bench/actors/HttpBench.java" token)

# CPU time a process has used so far, in milliseconds (user + system, from /proc).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }
# The same for nginx's master and its workers together.
nginx_cpu_ms() {
  local total=0 pid
  for pid in $(cat "$nginx_dir/nginx.pid") $(pgrep -P "$(cat "$nginx_dir/nginx.pid")"); do
    total=$(( total + $(cpu_ms "$pid") ))
  done
  echo "$total"
}

measure() { # $1 label, then wrk arguments; prints a line and leaves "rps p50_ms p99_ms" in $last
  local label=$1; shift
  local threads=$(( connections < 2 ? 1 : 2 ))
  last=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ {rps=$2} / 50%/ {p50=ms($2)} / 99%/ {p99=ms($2)} /Non-2xx/ {errors=$NF}
    END {printf "%s %.3f %.3f %d", rps, p50, p99, errors}')
  read -r rps p50 p99 errors <<< "$last"
  printf "%-8s %10s req/s   p50 %7.2f ms   p99 %7.2f ms   non-2xx %s\n" "$label" "$rps" "$p50" "$p99" "$errors"
}

compare() { # $1 label, $2 anchor "rps p50 p99", $3 relayed "rps p50 p99", $4 the anchor's name (default direct)
  awk -v l="$1" -v d="$2" -v g="$3" -v anchor="${4:-direct}" 'BEGIN { split(d, a, " "); split(g, b, " ");
    printf "         %-7s ratio %.2f of the %s throughput, p50 %+.2f ms, p99 %+.2f ms\n", l, b[1] / a[1], anchor, b[2] - a[2], b[3] - a[3] }'
}

echo "== GET /api/v1/actors/$id, $connections connections, $duration per measure (load: $(cut -d' ' -f1-3 /proc/loadavg))"
# Both JVMs keep compiling hot code for a minute or more under load on two cores; measuring before that
# compares compilers, not request paths. Warm both paths in turn first, then alternate so drift affects both.
for round in $(seq 1 "$warmup_rounds"); do
  wrk -t2 -c"$connections" -d"$duration" -H "X-Maillage-Identity: $token" "http://localhost:$actors_port/api/v1/actors/$id" > /dev/null
  wrk -t2 -c"$connections" -d"$duration" -H "X-API-Key: $admin_key" "$gateway_url/$id" > /dev/null
  wrk -t2 -c"$connections" -d"$duration" -H "X-Maillage-Identity: $token" "$relay_url/$id" > /dev/null
  wrk -t2 -c"$connections" -d"$duration" -H "X-Maillage-Identity: $token" "$nginx_url/$id" > /dev/null
done
actors_pid=${pids[0]} gateway_pid=${pids[1]} relay_pid=${pids[2]}
per_request() { # $1 CPU ms used, $2 "rps ..." of the measure: CPU ms per request
  awk -v c="$1" -v r="${2%% *}" -v d="${duration%s}" 'BEGIN {printf "%.3f", c / (r * d)}'
}
for round in $(seq 1 "$rounds"); do
  measure direct -H "X-Maillage-Identity: $token" "http://localhost:$actors_port/api/v1/actors/$id"; direct=$last
  relay_before=$(cpu_ms "$relay_pid")
  measure relay -H "X-Maillage-Identity: $token" "$relay_url/$id"; relayed=$last
  relay_cpu=$(per_request $(( $(cpu_ms "$relay_pid") - relay_before )) "$relayed")
  nginx_before=$(nginx_cpu_ms)
  measure nginx -H "X-Maillage-Identity: $token" "$nginx_url/$id"; proxied=$last
  nginx_cpu=$(per_request $(( $(nginx_cpu_ms) - nginx_before )) "$proxied")
  actors_before=$(cpu_ms "$actors_pid") gateway_before=$(cpu_ms "$gateway_pid")
  measure gateway -H "X-API-Key: $admin_key" "$gateway_url/$id"; through=$last
  actors_cpu=$(per_request $(( $(cpu_ms "$actors_pid") - actors_before )) "$through")
  gateway_cpu=$(per_request $(( $(cpu_ms "$gateway_pid") - gateway_before )) "$through")
  compare relay "$direct" "$relayed"
  compare nginx "$direct" "$proxied"
  compare gateway "$direct" "$through"
  compare gateway "$proxied" "$through" nginx
  echo "         CPU per request: nginx $nginx_cpu ms, bare relay $relay_cpu ms, gateway $gateway_cpu ms (actors-service $actors_cpu ms during the gateway measure)"
  awk -v g="$gateway_cpu" -v n="$nginx_cpu" 'BEGIN {printf "         gateway CPU per request %.2f x nginx'"'"'s\n", g / n}'
done

# Added latency without saturation: one connection, so no request waits for a core behind another.
echo "== the same, 1 connection (latency added by the gateway when the machine is not saturated)"
for round in $(seq 1 "$rounds"); do
  connections=1 measure direct -H "X-Maillage-Identity: $token" "http://localhost:$actors_port/api/v1/actors/$id"; direct=$last
  connections=1 measure relay -H "X-Maillage-Identity: $token" "$relay_url/$id"; relayed=$last
  connections=1 measure nginx -H "X-Maillage-Identity: $token" "$nginx_url/$id"; proxied=$last
  connections=1 measure gateway -H "X-API-Key: $admin_key" "$gateway_url/$id"; through=$last
  compare relay "$direct" "$relayed"
  compare nginx "$direct" "$proxied"
  compare gateway "$direct" "$through"
  compare gateway "$proxied" "$through" nginx
done
