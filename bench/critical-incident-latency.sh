#!/usr/bin/env bash
# Critical-incident latency: how long after a "seriously harmed" event is accepted by the events API the incident is
# opened and the critical-moment alerts for the children around the harmed child are committed (target: within one
# second). Same set-up as bench/context-network.sh (a synthetic borough, then the 250,000-child, 1,000,000-link graph
# loaded by bench/context-graph.sql); the events are sent one at a time, with a pause, for children of the register.
# Usage: bench/critical-incident-latency.sh [children] [links] [borough children] [events] [pause ms]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CHILDREN=${1:-250000}; LINKS=${2:-1000000}; BOROUGH=${3:-5000}; EVENTS=${4:-30}; PAUSE=${5:-1500}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=8195
WORK=$(mktemp -d /tmp/reachable-incident.XXXXXX)
export JAVA_HOME

./mvnw -q -B -o -DskipTests package
cd "$WORK"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -jar "$ROOT/target/reachable.jar" generate --seed 7 --children "$BOROUGH" | tail -1
. "$ROOT/bench/server.sh"
start_server $PORT 2g
psql -q -h localhost -p "$PG" -U postgres -v ON_ERROR_STOP=1 -v children="$CHILDREN" -v links="$LINKS" \
  -f "$ROOT/bench/context-graph.sql"
echo "Graph: $(SQL 'select count(*) from context_link') links"
SQL "copy (select i.value, n.given_names, n.family_name, p.date_of_birth from bench_child c
      join identity_person p on p.id = c.id
      join identity_identifier i on i.person_id = p.id and i.scheme = 'NHS'
      join identity_name n on n.person_id = p.id and n.kind = 'CURRENT'
      where c.n between 1000 and 4000 order by md5(p.id::text) limit $EVENTS) to stdout with (format csv)" > harmed.csv
echo "Load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" "$ROOT/bench/IncidentLatency.java" "http://localhost:$PORT" admin.demo reachable-demo harmed.csv "$EVENTS" "$PAUSE"
sleep 5
echo "Incidents: $(SQL "select count(*) from context_incident i join chronology_event e on e.id = i.event_id
  where e.source_system = 'incident-latency'"); children on their lists: $(SQL "select count(*) from context_incident_child c
  join context_incident i on i.id = c.incident_id join chronology_event e on e.id = i.event_id
  where e.source_system = 'incident-latency'")"
echo "After the API accepted the event (ms): incident opened | last alert finding committed"
SQL "select count(*),
        round(percentile_cont(0.5) within group (order by open_ms)::numeric, 1),
        round(percentile_cont(0.95) within group (order by open_ms)::numeric, 1),
        round(max(open_ms)::numeric, 1),
        round(percentile_cont(0.5) within group (order by alert_ms)::numeric, 1),
        round(percentile_cont(0.95) within group (order by alert_ms)::numeric, 1),
        round(max(alert_ms)::numeric, 1), sum(alerts)
     from (select extract(epoch from i.opened_at - e.received_at) * 1000 as open_ms,
                  extract(epoch from max(f.found_at) - e.received_at) * 1000 as alert_ms, count(f.id) as alerts
           from context_incident i join chronology_event e on e.id = i.event_id
           join context_incident_child c on c.incident_id = i.id
           join moments_finding_event fe on fe.event_id = c.event_id
           join moments_finding f on f.id = fe.finding_id
           where e.source_system = 'incident-latency'
           group by i.id, i.opened_at, e.received_at) t" \
  | awk -F'|' '{printf "  incidents %s: opened p50 %s, p95 %s, max %s ms; alerts p50 %s, p95 %s, max %s ms (%s alert findings)\n", $1, $2, $3, $4, $5, $6, $7, $8}'
echo "Load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Data left in $WORK (delete it when done)"
