#!/usr/bin/env bash
# Insight at scale: MONTHS monthly street-crime files of ROWS rows (default 100 x 100,000 = 10,000,000 incidents)
# imported one month at a time through `insight-import` (each timed: parse, replace the month, refresh analytics),
# then every dashboard query timed through the API (warm-up, then measured rounds).
# Usage: bench/insight.sh [months] [rows per month]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MONTHS=${1:-100}; ROWS=${2:-100000}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
# A free port: other benchmarks may be serving on the usual ones.
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
WORK=$(mktemp -d /tmp/reachable-insight-bench.XXXXXX)
export JAVA_HOME
DB="--reachable.database.directory=$WORK/postgres"

./mvnw -q -B -DskipTests package
# Run a copy, so a build in the checkout during the benchmark cannot change the jar under it.
cp target/reachable.jar "$WORK/reachable.jar"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $("$JAVA" -version 2>&1 | head -1)"
"$JAVA" "$ROOT/bench/InsightData.java" "$WORK/files" "$MONTHS" "$ROWS" > /dev/null
cd "$WORK"
"$JAVA" -jar "$WORK/reachable.jar" generate --seed 7 --children 200 "$DB" > generate.log
"$JAVA" -Xmx2g -jar "$WORK/reachable.jar" insight-import street-crime "$DB" files/street-*.csv.gz \
  | tee import.log | grep -E "done in"
echo "Month imports (s): $(grep -oE 'done in [0-9.]+' import.log | awk '{print $3}' | sort -n \
  | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] ", worst " a[NR] ", n=" NR}')"

"$JAVA" -Xmx2g -jar "$WORK/reachable.jar" --server.port=$PORT --reachable.demo.enabled=false "$DB" \
  > serve.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  grep -q "Started Reachable" serve.log && break
  sleep 1
done
"$JAVA" "$ROOT/bench/InsightQueries.java" "http://localhost:$PORT" analyst.demo reachable-demo 3 10
