#!/usr/bin/env bash
# Re-checking every reachable-moment rule for every child, as after a rule change: a borough of 250,000 children plus
# heavy children to bring the chronology to about 10 million events, then `recheck` run several times (the first run
# raises findings; later runs do the same judging and find them already raised).
# Usage: bench/moments-recheck.sh [children] [heavy-children] [heavy-events] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CHILDREN=${1:-250000}; HEAVY=${2:-3100}; HEAVY_EVENTS=${3:-3000}; RUNS=${4:-3}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
WORK=$(mktemp -d /tmp/reachable-moments.XXXXXX)
export JAVA_HOME

./mvnw -q -B -DskipTests package
cd "$WORK"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Generating $CHILDREN children and $HEAVY heavy children of $HEAVY_EVENTS events in $WORK ..."
/usr/bin/time -f "generate: %e s, max RSS %M KB" "$JAVA" -jar "$ROOT/target/reachable.jar" generate --seed 11 \
  --children "$CHILDREN" --heavy-children "$HEAVY" --heavy-events "$HEAVY_EVENTS" | tail -3
for RUN in $(seq 1 "$RUNS"); do
  echo "--- recheck run $RUN (load $(cut -d' ' -f1-3 /proc/loadavg)) ---"
  "$JAVA" -Xmx4g -jar "$ROOT/target/reachable.jar" recheck | grep -E 'Judging|Done'
done
echo "Data left in $WORK (delete it when done)"
