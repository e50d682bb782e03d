#!/usr/bin/env bash
# Insight at scale (issue 6): MONTHS monthly street-crime files of ROWS rows (default 100 x 100,000 = 10,000,000
# incidents, bench/InsightData.java) and the same months of synthetic partner files at SCALE times a two-borough
# volume (bench/InsightPartnerData.java), with the public census, boundaries, schools and Met stop and search from
# ../shared/data, all loaded with `insight-import` (COPY, one transaction a month, analytics refreshed in it). Then:
#   - a new month of ROWS incidents and a re-delivered middle month are imported with everything stored (timed, with
#     the analytics refresh logged separately), and the school list is loaded again (recounts every month);
#   - the server is started and EVERY dashboard query is timed through HTTP as a signed-in analyst (WARMUP calls,
#     then ROUNDS measured; p50/p95/max), see the path list below;
#   - EXPLAIN (ANALYZE, BUFFERS) of the heaviest reads is written to explain.txt.
# Usage: bench/insight.sh [months=100] [rows per month=100000] [partner scale=10] [warmup=3] [rounds=20]
# Environment: JAR=path (skip the build); WORK=dir (reuse a directory loaded by an earlier run, with its data: only
# the timed imports, the school reload and the queries run again, with JAR if given).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MONTHS=${1:-100}; ROWS=${2:-100000}; SCALE=${3:-10}; WARMUP=${4:-3}; ROUNDS=${5:-20}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
export JAVA_HOME
FIRST=2018-01
REPORT_MONTH=$(date -d "$FIRST-01 +$MONTHS months" +%Y-%m)
NEXT=$REPORT_MONTH
MIDDLE=$(date -d "$FIRST-01 +$((MONTHS / 2)) months" +%Y-%m)
DATA="$ROOT/../shared/data"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %s, p95 %s, worst %s, n=%d", a[int((NR+1)/2)], a[int(NR*0.95+0.999)], a[NR], NR}'; }

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $("$JAVA" -version 2>&1 | head -1)"
echo "Load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${WORK:-}" ]; then
  WORK=$(mktemp -d /tmp/reachable-insight-bench.XXXXXX)
  if [ -z "${JAR:-}" ]; then ./mvnw -o -q -B -DskipTests package; JAR=target/reachable.jar; fi
  # Run a copy, so a build in the checkout during the benchmark cannot change the jar under it.
  cp "$JAR" "$WORK/reachable.jar"
  DB="--reachable.database.directory=$WORK/postgres"
  "$JAVA" "$ROOT/bench/InsightData.java" "$WORK/files" "$MONTHS" "$ROWS" "$FIRST" > /dev/null
  "$JAVA" "$ROOT/bench/InsightData.java" "$WORK/later" 1 "$ROWS" "$NEXT" 7 > /dev/null
  "$JAVA" "$ROOT/bench/InsightData.java" "$WORK/later" 1 "$ROWS" "$MIDDLE" 8 > /dev/null
  "$JAVA" "$ROOT/bench/InsightPartnerData.java" "$WORK/partner" "$FIRST" "$MONTHS" "$SCALE" > /dev/null
  cd "$WORK"
  "$JAVA" -jar reachable.jar generate --seed 7 --children 200 "$DB" > generate.log
  "$JAVA" -jar reachable.jar insight-import census "$DB" "$DATA/census/census2021_ethnicity_by_single_year_of_age_by_area.csv" > geo.log
  "$JAVA" -jar reachable.jar insight-import boundaries "$DB" "$DATA"/geo/*.geojson >> geo.log
  "$JAVA" -jar reachable.jar insight-import schools "$DB" "$DATA/schools/london_secondary_schools.csv" >> geo.log
  "$JAVA" -jar reachable.jar insight-import stop-search "$DB" "$DATA"/police/met_stop_and_search_*.csv.gz > stop-search.log
  start=$(date +%s)
  "$JAVA" -Xmx2g -jar reachable.jar insight-import street-crime "$DB" files/street-*.csv.gz > import.log
  echo "Street crime: $MONTHS months of $ROWS loaded in $(( $(date +%s) - start )) s"
  echo "  month imports (s, parse + replace + refresh): $(grep -oE 'done in [0-9.]+' import.log | awk '{print $3}' | stats)"
  echo "  of which analytics refresh (ms): $(grep -oE 'STREET_CRIME in [0-9]+' import.log | awk '{print $3}' | stats)"
  for kind in ed-assault ambulance school-exclusion fire; do
    "$JAVA" -Xmx2g -jar reachable.jar insight-import "$kind" "$DB" partner/"$kind"-*.csv > "partner-$kind.log"
    echo "$kind: $(grep -oE '[0-9,]+ loaded' "partner-$kind.log" | tr -d , | awk '{s+=$1} END {print s}') rows;" \
      "month imports (s): $(grep -oE 'done in [0-9.]+' "partner-$kind.log" | awk '{print $3}' | stats)"
  done
else
  cd "$WORK"
  DB="--reachable.database.directory=$WORK/postgres"
  if [ -n "${JAR:-}" ]; then cp "$JAR" "$WORK/reachable.jar"; fi
fi
echo "Load before the timed imports: $(cut -d' ' -f1-3 /proc/loadavg)"
for file in "later/street-$NEXT.csv.gz" "later/street-$MIDDLE.csv.gz"; do
  "$JAVA" -Xmx2g -jar reachable.jar insight-import street-crime "$DB" "$file" > later.log
  echo "Import of $file ($(grep -oE '[0-9,]+ loaded' later.log)) with everything stored:" \
    "$(grep -oE 'done in [0-9.]+ s' later.log); analytics refresh $(grep -oE 'STREET_CRIME in [0-9]+ ms' later.log | awk '{print $3, $4}')"
done
"$JAVA" -jar reachable.jar insight-import schools "$DB" "$DATA/schools/london_secondary_schools.csv" > schools-again.log
echo "School list loaded again with everything stored: $(grep -oE 'done in [0-9.]+ s' schools-again.log);" \
  "recount $(grep -oE 'rebuilt in [0-9]+ ms' schools-again.log | awk '{print $3, $4}')"

"$JAVA" -Xmx2g -jar reachable.jar --server.port=$PORT --reachable.demo.enabled=false "$DB" > serve.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  grep -q "Started Reachable" serve.log && break
  sleep 1
done
PGPORT=$(sed -n 4p postgres/postmaster.pid)
psql -h localhost -p "$PGPORT" -U postgres -Atc "select 'Stored: ' || count(*) || ' incidents (' || count(*) filter (where source = 'STREET_CRIME') || ' street crimes), ' || (select count(*) from insight_stop_search) || ' stops and searches' from insight_incident"
psql -h localhost -p "$PGPORT" -U postgres -Atc "select 'Derived rows: month ' || (select count(*) from insight_incident_month) || ', LSOA ' || (select count(*) from insight_incident_lsoa) || ', hexagon ' || (select count(*) from insight_incident_hex) || ', place ' || (select count(*) from insight_incident_place) || ', day ' || (select count(*) from insight_incident_day)"

B=E09000031
cat > paths.txt <<PATHS
/api/v1/insight/tables/incidents-by-month
/api/v1/insight/tables/incidents-by-month?borough=$B
/api/v1/insight/tables/incidents-by-type
/api/v1/insight/tables/incidents-by-type?from=2021-01&to=2021-12
/api/v1/insight/tables/incidents-by-lsoa
/api/v1/insight/tables/incidents-by-lsoa?from=2019-03&to=2023-08
/api/v1/insight/tables/incidents-by-lsoa?borough=$B&from=2019-03&to=2023-08
/api/v1/insight/tables/incidents-by-borough
/api/v1/insight/tables/incidents-trend
/api/v1/insight/tables/incidents-trend?borough=$B
/api/v1/insight/tables/incidents-seasonality
/api/v1/insight/tables/incidents-near-schools
/api/v1/insight/tables/incidents-near-schools?borough=$B&from=2019-03&to=2023-08
/api/v1/insight/tables/incidents-hour-of-week
/api/v1/insight/tables/incidents-hour-of-week?source=ambulance&borough=$B
/api/v1/insight/tables/incidents-school-days
/api/v1/insight/tables/incidents-school-days?source=ambulance&borough=$B
/api/v1/insight/tables/knife-injuries-under-25
/api/v1/insight/tables/exclusions-by-reason
/api/v1/insight/tables/borough-comparison
/api/v1/insight/tables/stop-search-by-month
/api/v1/insight/tables/stop-search-self-defined
/api/v1/insight/tables/stop-search-officer-defined
/api/v1/insight/tables/stop-search-detailed-ethnicity
/api/v1/insight/tables/stop-search-by-age
/api/v1/insight/tables/stop-search-hour-of-week
/api/v1/insight/hotspots
/api/v1/insight/hotspots?from=2019-03&to=2023-08
/api/v1/insight/hotspots?borough=$B
/api/v1/insight/hotspots?place=near-school
/api/v1/insight/hotspots?place=school-route
/api/v1/insight/hotspots?place=near-school&source=ed-assault
/api/v1/insight/patterns
/insight/map/hotspots.geojson
/insight/map/areas.geojson
/insight/map/areas.geojson?kind=lsoa&borough=$B
/insight/map
/insight/map?borough=$B&place=near-school
/insight/tables/incidents-by-lsoa
/insight/tables/incidents-by-lsoa.csv
/insight/tables/stop-search-self-defined
/insight/sna
/insight/patterns
/insight
/insight/report?month=$REPORT_MONTH
PATHS
echo "Load before queries: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" "$ROOT/bench/InsightQueries.java" "http://localhost:$PORT" analyst.demo reachable-demo "$WARMUP" "$ROUNDS" paths.txt
echo "Load after queries: $(cut -d' ' -f1-3 /proc/loadavg)"

# What the heaviest reads do in the database: the hotspot map and LSOA table over every month, all of London (whole
# years only), and the map from March 2019 to August 2023 (years, quarters and months, as analytics.Periods splits it).
P="(months = 12 and month between '1900-01-01' and '9999-01-01')"
psql -h localhost -p "$PGPORT" -U postgres > explain.txt <<SQL
explain (analyze, buffers) select hex, sum(incidents) from insight_incident_hex where source = 'STREET_CRIME' and place = 'ANYWHERE' and $P group by hex;
explain (analyze, buffers) select lsoa_code, borough_code, sum(incidents) from insight_incident_lsoa where source = 'STREET_CRIME' and $P group by 1, 2;
explain (analyze, buffers) select hex, sum(incidents) from insight_incident_hex where source = 'STREET_CRIME' and place = 'ANYWHERE' and ((months = 12 and month between '2020-01-01' and '2022-01-01') or (months = 3 and (month between '2019-04-01' and '2019-10-01' or month between '2023-01-01' and '2023-04-01')) or (months = 1 and (month between '2019-03-01' and '2019-03-01' or month between '2023-07-01' and '2023-08-01'))) group by hex;
explain (analyze, buffers) select category, sum(near_school), sum(on_route) from insight_incident_place where source = 'STREET_CRIME' group by category;
SQL
echo "EXPLAIN ANALYZE of the heaviest reads: $WORK/explain.txt"; grep -E "Execution Time|Buffers: shared" explain.txt | head -20
