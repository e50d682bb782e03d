#!/usr/bin/env bash
# Feeds throughput: batch import with linkage (import command, csv-police) and the events API with 32 concurrent
# agency clients, against a 20,000-child synthetic borough in a fresh embedded database.
# Usage: bench/feeds.sh [records per import round] [import rounds] [API clients] [API warm-up s] [API round s] [API rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RECORDS=${1:-100000}; IMPORT_ROUNDS=${2:-3}; CLIENTS=${3:-32}; WARMUP=${4:-20}; ROUND=${5:-30}; ROUNDS=${6:-3}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=8198
WORK=$(mktemp -d /tmp/reachable-feeds-bench.XXXXXX)
export JAVA_HOME

./mvnw -q -B -o -DskipTests package
cd "$WORK"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $("$JAVA" -version 2>&1 | head -1)"
echo "Generating a 20,000-child borough in $WORK ..."
"$JAVA" -jar "$ROOT/target/reachable.jar" generate --seed 7 --children 20000 > generate.log

# Files: a warm-up file (a quarter of a round) and one file per measured round, each with its own references.
"$JAVA" "$ROOT/bench/FeedsCsv.java" warmup.csv $((RECORDS / 4)) 1
FILES=(warmup.csv)
for R in $(seq 1 "$IMPORT_ROUNDS"); do
  "$JAVA" "$ROOT/bench/FeedsCsv.java" round-$R.csv "$RECORDS" $((R + 1))
  FILES+=(round-$R.csv)
done
echo "--- batch import (one JVM; the first file is the warm-up) ---"
"$JAVA" -Xmx2g -jar "$ROOT/target/reachable.jar" import --format csv-police --organisation "${FEEDS_ORGANISATION:-MPS-NE}" \
  "${FILES[@]}" | grep -v '%'

"$JAVA" -Xmx2g -jar "$ROOT/target/reachable.jar" --server.port=$PORT --reachable.demo.enabled=false > serve.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" 2>/dev/null | grep -q 200 && break
  sleep 1
done
echo "--- events API ---"
"$JAVA" "$ROOT/bench/FeedsApiLoad.java" "http://localhost:$PORT" admin.demo reachable-demo "$CLIENTS" "$WARMUP" "$ROUND" "$ROUNDS"
