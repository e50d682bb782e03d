#!/usr/bin/env bash
# Reachable moments as events arrive: a borough of 250,000 children with heavy children bringing the chronology to
# about 10 million events; then 500 events/s through the events API for 5 minutes (32 agency clients). Measures, in
# the database, how long after each event was accepted (chronology_event.received_at) the finding it raised was
# committed (moments_finding.found_at), and checks every accepted event was stored exactly once.
# A finding's clock starts when the API's answer for the newest event in its evidence came back to the client.
# A warm-up at the same rate (default 60 s) comes first and is not in the figures (its events are stored and checked).
# Usage: bench/moments-latency.sh [children] [heavy-children] [heavy-events] [rate] [seconds] [warm-up seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CHILDREN=${1:-250000}; HEAVY=${2:-3100}; HEAVY_EVENTS=${3:-3000}; RATE=${4:-500}; SECONDS_=${5:-300}
WARMUP=${6:-60}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=8197
# REUSE=<directory of an earlier run> skips generating the borough again (it keeps what the earlier run sent).
WORK=${REUSE:-$(mktemp -d /tmp/reachable-latency.XXXXXX)}
export JAVA_HOME

./mvnw -q -B -o -DskipTests package
cd "$WORK"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${REUSE:-}" ]; then
  echo "Generating $CHILDREN children and $HEAVY heavy children of $HEAVY_EVENTS events in $WORK ..."
  "$JAVA" -jar "$ROOT/target/reachable.jar" generate --seed 11 --children "$CHILDREN" --heavy-children "$HEAVY" \
    --heavy-events "$HEAVY_EVENTS" | tail -2
else
  echo "Reusing the borough in $WORK"
fi

. "$ROOT/bench/server.sh"
start_server $PORT 4g
echo "Events in the chronology: $(SQL 'select count(*) from chronology_event')"
SQL "copy (select p.id, i.value, n.given_names, n.family_name, p.date_of_birth from identity_person p
      join identity_identifier i on i.person_id = p.id and i.scheme = 'NHS'
      join identity_name n on n.person_id = p.id and n.kind = 'CURRENT'
      where p.date_of_birth < current_date - 365
      order by md5(p.id::text) limit 50000) to stdout with (format csv)" > children.csv
STARTED=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
"$JAVA" "$ROOT/bench/MomentsLatency.java" "http://localhost:$PORT" admin.demo reachable-demo children.csv "$RATE" \
  "$SECONDS_" 32 "$WARMUP"
sleep 10  # let the last findings commit
echo "Stored events from this run of the harness (compare: accepted in all): $(SQL "select count(*) from chronology_event
  where source_system = 'moments-latency' and received_at >= '$STARTED'")"
echo "Duplicated references: $(SQL "select count(*) from (select source_ref from chronology_event where source_system = 'moments-latency' group by 1 having count(*) > 1) d")"
echo "Finding committed after the API accepted its event (ms):"
psql -q -h localhost -p "$PG" -U postgres -At <<SQL | awk -F'|' '{printf "  findings %s  p50 %s  p95 %s  p99 %s  max %s\n", $1, $2, $3, $4, $5}'
create temp table accepted (reference text primary key, at_ms bigint);
\copy accepted from '$WORK/accepted.csv' with (format csv)
select count(*), round(percentile_cont(0.5) within group (order by ms)::numeric, 1),
       round(percentile_cont(0.95) within group (order by ms)::numeric, 1),
       round(percentile_cont(0.99) within group (order by ms)::numeric, 1), round(max(ms)::numeric, 1)
from (select extract(epoch from f.found_at) * 1000 - max(a.at_ms) as ms
      from moments_finding f join moments_finding_event fe on fe.finding_id = f.id
      join chronology_event e on e.id = fe.event_id and e.source_system = 'moments-latency'
      join accepted a on a.reference = e.source_ref
      group by f.id, f.found_at) t;
SQL
echo "Incomplete event publications (listeners still to run): $(SQL 'select count(*) from event_publication where completion_date is null')"
echo "Data left in $WORK (delete it when done)"
