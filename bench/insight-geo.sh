#!/usr/bin/env bash
# Insight, second half, at scale: MONTHS monthly street-crime files of ROWS rows (bench/InsightData.java) and the
# same months of synthetic partner files at SCALE times a two-borough volume (bench/InsightPartnerData.java), with
# the public boundaries, schools and census when ../shared/data is there; each partner month import is timed, then
# the hotspot, time, pattern and report endpoints are timed through HTTP as a signed-in analyst.
# Usage: bench/insight-geo.sh [months=30] [rows per month=100000] [partner scale=10]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MONTHS=${1:-30}; ROWS=${2:-100000}; SCALE=${3:-10}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
WORK=$(mktemp -d /tmp/reachable-insight-geo-bench.XXXXXX)
export JAVA_HOME
DB="--reachable.database.directory=$WORK/postgres"
DATA="$ROOT/../shared/data"

./mvnw -o -q -B -DskipTests package
cp target/reachable.jar "$WORK/reachable.jar"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $("$JAVA" -version 2>&1 | head -1)"
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" "$ROOT/bench/InsightData.java" "$WORK/files" "$MONTHS" "$ROWS" 2010-01 > /dev/null
# Partner files for the same months as the street-crime files (InsightData starts at 2010-01).
"$JAVA" "$ROOT/bench/InsightPartnerData.java" "$WORK/partner" 2010-01 "$MONTHS" "$SCALE"
cd "$WORK"
"$JAVA" -jar reachable.jar generate --seed 7 --children 200 "$DB" > generate.log
if [ -d "$DATA/geo" ]; then
  "$JAVA" -jar reachable.jar insight-import census "$DB" "$DATA/census/census2021_ethnicity_by_single_year_of_age_by_area.csv" > geo.log
  "$JAVA" -jar reachable.jar insight-import boundaries "$DB" "$DATA"/geo/*.geojson >> geo.log
  "$JAVA" -jar reachable.jar insight-import schools "$DB" "$DATA/schools/london_secondary_schools.csv" | tee -a geo.log | grep "done in"
fi
"$JAVA" -Xmx2g -jar reachable.jar insight-import street-crime "$DB" files/street-*.csv.gz > import.log
for kind in ed-assault ambulance school-exclusion fire; do
  "$JAVA" -Xmx2g -jar reachable.jar insight-import "$kind" "$DB" partner/"$kind"-*.csv > "partner-$kind.log"
  echo "$kind month imports (s): $(grep -oE 'done in [0-9.]+' "partner-$kind.log" | awk '{print $3}' | sort -n \
    | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] ", worst " a[NR] ", n=" NR}'), rows per month: $(grep -oE '[0-9,]+ loaded' "partner-$kind.log" | head -1)"
done

"$JAVA" -Xmx2g -jar reachable.jar --server.port=$PORT --reachable.demo.enabled=false "$DB" > serve.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  grep -q "Started Reachable" serve.log && break
  sleep 1
done
LAST=$(date -d "2010-01-01 +$((MONTHS - 1)) months" +%Y-%m)
cat > paths.txt <<PATHS
/api/v1/insight/hotspots
/api/v1/insight/hotspots?borough=E09000031
/api/v1/insight/hotspots?place=near-school
/api/v1/insight/hotspots?place=school-route&source=ed-assault
/api/v1/insight/tables/incidents-near-schools
/api/v1/insight/tables/incidents-hour-of-week
/api/v1/insight/tables/incidents-school-days
/api/v1/insight/tables/knife-injuries-under-25
/api/v1/insight/tables/borough-comparison
/api/v1/insight/patterns
/insight/map/areas.geojson?kind=lsoa&borough=E09000031
/insight/report?month=$LAST
/insight/report.pdf?month=$LAST
PATHS
echo "Load before queries: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" "$ROOT/bench/InsightQueries.java" "http://localhost:$PORT" analyst.demo reachable-demo 2 5 paths.txt
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
