#!/usr/bin/env bash
# Each service alone on this machine, started as in production (the prod profile, JSON logs, Kafka and the
# outbox relay on, -XX:+ExitOnOutOfMemoryError) with a stated heap: time from the process start to the first
# /q/health/ready 200, and resident memory after 10,000 requests. Three ways to start, in the same run:
#   plain   java -jar
#   appcds  the JDK 17 JVM with a dynamic class-data archive (-XX:ArchiveClassesAtExit in a training start,
#           then -XX:SharedArchiveFile)
#   aot     the Temurin 25 JVM with an AOT cache (-XX:AOTCacheOutput in a training start, then -XX:AOTCache)
# Needs: built services (mvn -B package -DskipTests), PostgreSQL as $PG and Kafka as $KAFKA (default: the
# infra-only launcher of deploy/bench, ports 26543 and 29092), psql, wrk, openssl, curl. See README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
pg="${PG:-postgres://postgres@localhost:26543}"
kafka="${KAFKA:-localhost:29092}"
port="${PORT:-18280}"
heap="${HEAP:--Xmx128m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m}"
requests="${REQUESTS:-10000}"
starts="${STARTS:-3}"
jdk25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
services="${SERVICES:-actors-service alliances-service diagnostics-service gateway}"
work=$(mktemp -d)
admin_key="bench-admin-key-$(openssl rand -hex 16)"

. "$repo/deploy/bench/identity-keys.sh"
token=$(BENCH_IDENTITY_PRIVATE_KEY="$identity_private_key" java "$repo/deploy/bench/actors/HttpBench.java" token)

pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

database_of() { case "$1" in gateway) echo gateway_startbench ;; *) echo "${1%-service}_startbench" ;; esac; }
# A read each service answers from its database, and the header that lets the call in.
path_of() {
  case "$1" in
    actors-service) echo /api/v1/actors?limit=10 ;;
    alliances-service) echo /api/v1/alliances?limit=10 ;;
    diagnostics-service) echo /api/v1/indicators?limit=10 ;;
    gateway) echo /api/v1/events?limit=10 ;;
  esac
}
credential_of() { [ "$1" = gateway ] && echo "X-API-Key: $admin_key" || echo "X-Maillage-Identity: $token"; }

service_env() { # $1 service
  local db; db=$(database_of "$1")
  echo QUARKUS_PROFILE=prod QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://${pg#postgres://postgres@}/$db" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres KAFKA_BOOTSTRAP_SERVERS="$kafka" \
    MAILLAGE_IDENTITY_PUBLIC_KEY="$identity_public_key"
  if [ "$1" = gateway ]; then
    echo MAILLAGE_GATEWAY_IDENTITY_PRIVATE_KEY="$identity_private_key" \
      MAILLAGE_GATEWAY_IDENTITY_PUBLIC_KEY="$identity_public_key" \
      MAILLAGE_GATEWAY_SECURITY_BOOTSTRAP_ADMIN_KEY_SHA256="$(printf %s "$admin_key" | sha256sum | cut -d' ' -f1)"
  fi
}

# Starts $1 with java $2 and options $3; leaves the pid in $pid and the milliseconds to ready in $ready_ms.
start() {
  local began; began=$(date +%s%N)
  # shellcheck disable=SC2086
  env $(service_env "$1") "$2" $heap -XX:+ExitOnOutOfMemoryError $3 \
    -jar "$repo/$1/target/quarkus-app/quarkus-run.jar" > "$work/$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    if curl -fso /dev/null "http://localhost:$port/q/health/ready"; then
      ready_ms=$(( ($(date +%s%N) - began) / 1000000 )); return
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  echo "$1 did not become ready (log: $work/$1.log)" >&2; tail -20 "$work/$1.log" >&2; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# Ready once, then $requests requests; prints one line.
measure() { # $1 service, $2 label, $3 java, $4 options
  local service=$1 times=() ready rss
  for _ in $(seq 1 "$starts"); do
    start "$service" "$3" "$4"; times+=("$ready_ms"); stop
  done
  start "$service" "$3" "$4"
  wrk -t1 -c4 -d60s -H "$(credential_of "$service")" -s "$work/count.lua" \
    "http://localhost:$port$(path_of "$service")" > "$work/wrk.txt"
  rss=$(rss_mb "$pid")
  stop
  ready=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  printf "%-20s %-7s ready %5d ms (median of %d: %s)   RSS after %d requests %4d MB   %s\n" "$service" "$2" \
    "$ready" "$starts" "${times[*]}" "$requests" "$rss" "$(grep -o 'non-2xx.*' "$work/wrk.txt" || echo 'all 2xx')"
}

# wrk stops itself after $requests answers.
cat > "$work/count.lua" <<LUA
local answered = 0
response = function(status) answered = answered + 1; if answered >= $requests then wrk.thread:stop() end end
LUA

echo "== each service alone, heap: $heap (load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
for service in $services; do
  db=$(database_of "$service")
  psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>&1 | grep -v NOTICE || true
  # A first start migrates the database, so that every measured start finds it as a restart would.
  start "$service" java ""; stop
  measure "$service" plain java ""
  # Training starts write the archives on exit (SIGTERM, as Kubernetes stops a pod).
  start "$service" java "-XX:ArchiveClassesAtExit=$work/$service.jsa"; stop
  measure "$service" appcds java "-XX:SharedArchiveFile=$work/$service.jsa -Xshare:auto"
  if [ -x "$jdk25" ]; then
    start "$service" "$jdk25" ""; stop
    measure "$service" jdk25 "$jdk25" ""
    start "$service" "$jdk25" "-XX:AOTCacheOutput=$work/$service.aot"; stop
    measure "$service" aot "$jdk25" "-XX:AOTCache=$work/$service.aot"
  fi
done
