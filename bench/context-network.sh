#!/usr/bin/env bash
# The network around a child: the two-hop neighbourhood in a graph of 250,000 children and 1,000,000 links, through
# the real API (GET /api/v1/contexts/children/{id}/network, signed in as practitioner.demo). A small synthetic
# borough gives the register, the users and the demo logins; the graph is then loaded straight into context_link with
# bench/context-graph.sql (test data need not go through the API): the borough's children plus generated ids up to
# the total, 10,000 peer groups and places, 600,000 peer links between children (within a group) and 400,000
# child-group links. practitioner.demo is given a relationship with 500 of the borough's children, who are the
# centres asked for; most children around them are unknown to that login, as in real life.
# Usage: bench/context-network.sh [children] [links] [borough children] [warm-up requests] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CHILDREN=${1:-250000}; LINKS=${2:-1000000}; BOROUGH=${3:-5000}; WARMUP=${4:-500}; REQUESTS=${5:-3000}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=8196
WORK=$(mktemp -d /tmp/reachable-context.XXXXXX)
export JAVA_HOME

./mvnw -q -B -o -DskipTests package
cd "$WORK"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Generating a $BOROUGH-child borough in $WORK ..."
"$JAVA" -jar "$ROOT/target/reachable.jar" generate --seed 7 --children "$BOROUGH" | tail -1

. "$ROOT/bench/server.sh"
start_server $PORT 2g

echo "Loading $CHILDREN children's ids, 10,000 contexts and $LINKS links ..."
START=$(date +%s)
psql -q -h localhost -p "$PG" -U postgres -v ON_ERROR_STOP=1 -v children="$CHILDREN" -v links="$LINKS" \
  -f "$ROOT/bench/context-graph.sql"
echo "Loaded in $(( $(date +%s) - START )) s: $(SQL 'select count(*) from context_link') links; \
$(SQL 'select count(*) from bench_child') children"
SQL "select c.id from bench_child c join access_relationship r on r.person_id = c.id
     join access_user u on u.id = r.user_id and u.username = 'practitioner.demo'" > centres.txt
echo "The walk in SQL alone (EXPLAIN ANALYZE, both hops, five centres): uses the partial indexes"
for C in $(head -5 centres.txt); do
  psql -h localhost -p "$PG" -U postgres -At -c "explain (analyze, costs off, summary on)
    with hop1 as (select l.*, l.to_id as node from context_link l where l.from_id = '$C'
                  and l.status <> 'ENDED' and l.review_by >= current_date
                  union all select l.*, l.from_id from context_link l where l.to_id = '$C'
                  and l.status <> 'ENDED' and l.review_by >= current_date),
         near as (select distinct node from hop1)
    select count(*) from (select l.id from near n join context_link l on l.from_id = n.node
                          where l.status <> 'ENDED' and l.review_by >= current_date
                          union all select l.id from near n join context_link l on l.to_id = n.node
                          where l.status <> 'ENDED' and l.review_by >= current_date) t" \
    | grep -oE "Index Scan (using|on) context_link_(from|to)|Execution Time: [0-9.]+ ms" | sort -u | tr '\n' ' '
  echo
done
echo "Load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" "$ROOT/bench/ContextNetwork.java" "http://localhost:$PORT" practitioner.demo reachable-demo centres.txt \
  "$WARMUP" "$REQUESTS"
echo "Load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Data left in $WORK (delete it when done)"
