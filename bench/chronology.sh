#!/usr/bin/env bash
# Chronology under load: one child with 2,500+ events in a 20,000-child borough, 50 signed-in users each asking
# for the chronology again and again with no think time. Runs the HTML page and the JSON API in turn.
# Usage: bench/chronology.sh [users] [warm-up seconds] [round seconds] [rounds] [think ms ...]
# Each think time is run for the page and the API; 0 is the closed loop (saturation), 1000 a person reading.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
USERS=${1:-50}; WARMUP=${2:-20}; ROUND=${3:-30}; ROUNDS=${4:-3}
shift $(( $# < 4 ? $# : 4 ))
THINKS=${*:-1000 0}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=8199
WORK=$(mktemp -d /tmp/reachable-bench.XXXXXX)
export JAVA_HOME

./mvnw -q -B -DskipTests package
cd "$WORK"
echo "Generating the borough in $WORK ..."
"$JAVA" -jar "$ROOT/target/reachable.jar" generate --seed 7 --children 20000 --heavy-children 1 --heavy-events 2500 \
  | tee generate.log
CHILD=$(grep -oE 'Heavy child: .* id [0-9a-f-]{36}' generate.log | grep -oE '[0-9a-f-]{36}$' | head -1)
echo "Heavy child: $CHILD"

# GC pauses and PostgreSQL's own log (checkpoints, slow statements) are kept to line up with any stalls.
"$JAVA" -Xmx2g -Xlog:gc:file=gc.log -jar "$ROOT/target/reachable.jar" --server.port=$PORT --reachable.demo.enabled=false \
  --logging.level.io.zonky=INFO > serve.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" 2>/dev/null | grep -q 200 && break
  sleep 1
done

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $("$JAVA" -version 2>&1 | head -1)"
for THINK in $THINKS; do
  for KIND in page api; do
    echo "--- $KIND, think time $THINK ms ---"
    "$JAVA" "$ROOT/bench/ChronologyLoad.java" "http://localhost:$PORT" practitioner.demo reachable-demo "$CHILD" \
      "$KIND" "$USERS" "$WARMUP" "$ROUND" "$ROUNDS" "$THINK"
  done
done
echo "--- server GC pauses over 50 ms (of $(grep -c 'Pause' gc.log) pauses; $WORK/gc.log) ---"
grep 'Pause' gc.log | awk '{ms=$NF; sub("ms","",ms); if (ms+0 > 50) print}' | tail -20
echo "--- PostgreSQL checkpoints and slow statements ($WORK/serve.log) ---"
grep -E 'checkpoint (starting|complete)|duration:' serve.log | tail -20 || true
