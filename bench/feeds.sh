#!/usr/bin/env bash
# Feeds throughput, both figures in one command: batch import with linkage (the import command, csv-police files)
# and the events API with concurrent agency clients, against a 20,000-child synthetic borough in a fresh embedded
# database. Every line also shows the CPU seconds the application's JVM and its PostgreSQL server have used so far, so
# that the CPU cost per record is shown too: on a shared machine events/s depend on the neighbours, CPU per record
# much less.
#
# Usage: bench/feeds.sh [records per import round] [import rounds] [API clients] [API warm-up s] [API round s]
#                       [API rounds]
# Defaults: 100000 3 32 60 30 3. The import's first file (a quarter of a round) and the API's warm-up let the JIT
# compile the hot paths; they are reported but are not part of the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RECORDS=${1:-100000}; IMPORT_ROUNDS=${2:-3}; CLIENTS=${3:-32}; WARMUP=${4:-60}; ROUND=${5:-30}; ROUNDS=${6:-3}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=8198
WORK=$(mktemp -d /tmp/reachable-feeds-bench.XXXXXX)
export JAVA_HOME

# CPU seconds used so far by a JVM and by the PostgreSQL server on the work directory's data (server and backends).
cpu() {
  local pm pg=0 child
  pm=$(ps -eo pid,args | awk -v d="-D $WORK/data/postgres" 'index($0, "bin/postgres " d) {print $1}' | head -1)
  if [ -n "$pm" ]; then
    pg=$(ticks "$pm")
    for child in $(pgrep -P "$pm"); do pg=$((pg + $(ticks "$child"))); done
  fi
  echo "$(ticks "$1") $pg"
}
ticks() { awk '{print $14 + $15 + $16 + $17}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# Prints each result line with the CPU the JVM (pid on the first line, "PID n") and PostgreSQL used since the line
# before, per record: "N events" (API) or "N committed ... M quarantined" (import).
with_cpu_per_record() {
  local pid="" before now line records
  while IFS= read -r line; do
    case "$line" in
      PID*) pid=${line#PID }; before=$(cpu "$pid"); continue ;;
      *%* | "") continue ;;  # the import's progress lines
      "all rounds"*) echo "$line"; continue ;;
    esac
    now=$(cpu "$pid")
    records=$(echo "$line" | sed -E 's/,//g' | awk '{for (i = 2; i <= NF; i++) {
        if ($i == "committed" || $i == "quarantined") n += $(i - 1); if ($(i - 1) == "events") n = $i } }
        END {print n + 0}')
    echo "$line"
    [ "$records" -gt 0 ] && awk -v b="$before" -v a="$now" -v n="$records" -v hz="$(getconf CLK_TCK)" 'BEGIN {
        split(b, x, " "); split(a, y, " "); j = (y[1] - x[1]) / hz; p = (y[2] - x[2]) / hz;
        printf "    CPU: JVM %.1f s + PostgreSQL %.1f s = %.2f ms per record\n", j, p, 1000 * (j + p) / n }'
    before=$now
  done
}

./mvnw -q -B -o -DskipTests package
cd "$WORK"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $("$JAVA" -version 2>&1 | head -1)"
echo "Load: $(uptime)"
echo "Generating a 20,000-child borough in $WORK ..."
"$JAVA" -jar "$ROOT/target/reachable.jar" generate --seed 7 --children 20000 > generate.log

# Files: a warm-up file (a quarter of a round) and one file per measured round, each with its own references.
"$JAVA" "$ROOT/bench/FeedsCsv.java" warmup.csv $((RECORDS / 4)) 1
FILES=(warmup.csv)
for R in $(seq 1 "$IMPORT_ROUNDS"); do
  "$JAVA" "$ROOT/bench/FeedsCsv.java" "round-$R.csv" "$RECORDS" $((R + 1))
  FILES+=("round-$R.csv")
done
echo "--- batch import (one JVM; the first file is the warm-up) ---"
( "$JAVA" -Xmx2g -jar "$ROOT/target/reachable.jar" import --format csv-police \
    --organisation "${FEEDS_ORGANISATION:-MPS-NE}" "${FILES[@]}" & echo "PID $!"; wait ) | with_cpu_per_record
echo "Load: $(uptime)"

"$JAVA" -Xmx2g -jar "$ROOT/target/reachable.jar" --server.port=$PORT --reachable.demo.enabled=false > serve.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" 2>/dev/null | grep -q 200 && break
  sleep 1
done
echo "--- events API ---"
( echo "PID $SERVER"; "$JAVA" "$ROOT/bench/FeedsApiLoad.java" "http://localhost:$PORT" admin.demo reachable-demo \
    "$CLIENTS" "$WARMUP" "$ROUND" "$ROUNDS" ) | with_cpu_per_record
echo "Load: $(uptime)"
echo "Files and logs: $WORK (delete when done)"
