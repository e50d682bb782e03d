#!/usr/bin/env bash
# Front door: an ED attendance for a sharp-object injury posted to the events API, until the automatic contact is on
# the MASH queue (target under one second), against a 20,000-child synthetic borough in a fresh embedded database.
# Usage: bench/frontdoor-latency.sh [warm-up rounds] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WARMUP=${1:-10}; ROUNDS=${2:-50}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=8195
WORK=$(mktemp -d /tmp/reachable-frontdoor.XXXXXX)
export JAVA_HOME

./mvnw -q -B -o -DskipTests package
cd "$WORK"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -jar "$ROOT/target/reachable.jar" generate --seed 7 --children 20000 > generate.log
"$JAVA" -Xmx2g -jar "$ROOT/target/reachable.jar" --server.port=$PORT --reachable.demo.enabled=false > serve.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" 2>/dev/null | grep -q 200 && break
  sleep 1
done
"$JAVA" "$ROOT/bench/FrontDoorLatency.java" "http://localhost:$PORT" admin.demo reachable-demo mash.demo reachable-demo \
  "$WARMUP" "$ROUNDS" 2>&1 | grep -v '^WARNING'
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
