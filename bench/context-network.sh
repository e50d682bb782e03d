#!/usr/bin/env bash
# The network around a child: the two-hop neighbourhood in a graph of 250,000 children and 1,000,000 links, through
# the real API (GET /api/v1/contexts/children/{id}/network, signed in as practitioner.demo). A small synthetic
# borough gives the register, the users and the demo logins; the graph is then loaded straight into context_link with
# one SQL statement each (test data need not go through the API): the borough's children plus generated ids up to
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

"$JAVA" -Xmx2g -jar "$ROOT/target/reachable.jar" --server.port=$PORT --reachable.demo.enabled=false \
  --reachable.moments.check-at-first-start=false > serve.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" 2>/dev/null | grep -q 200 && break
  sleep 1
done
PG=$(ps -o args= -C postgres | grep -o -- "-D $WORK[^ ]* -p [0-9]*" | awk '{print $4}' | head -1)
SQL() { psql -h localhost -p "$PG" -U postgres -At -v ON_ERROR_STOP=1 -c "$1"; }

echo "Loading $CHILDREN children's ids, 10,000 contexts and $LINKS links ..."
START=$(date +%s)
psql -q -h localhost -p "$PG" -U postgres -v ON_ERROR_STOP=1 <<SQL
create table bench_child as
  select row_number() over (order by id) as n, id from identity_person;
insert into bench_child
  select n, gen_random_uuid() from generate_series((select count(*) + 1 from bench_child), $CHILDREN) n;
create unique index on bench_child (n);
create table bench_context as select n, gen_random_uuid() as id from generate_series(1, 10000) n;
create unique index on bench_context (n);
insert into context_subject (id, kind, name, referred_by, created_at, updated_at)
  select id, case when n % 2 = 0 then 'PEER_GROUP' else 'PLACE' end, 'Bench context ' || n, 'bench', now(), now()
  from bench_context;
-- Peer links: each child's peers are near it in the numbering, within the group its number falls in.
insert into context_link (id, from_id, from_child, to_id, to_child, context_id, relation, protective, strength,
                          source, stated_by, stated_on, review_by, status, recorded_at)
  select gen_random_uuid(), a.id, true, b.id, true, g.id, 'PEER', false, 'MODERATE', 'bench', 'bench',
         current_date - 30, current_date + 90, 'ACTIVE', now()
  from (select l, 1 + (random() * ($CHILDREN - 1))::int as i, 1 + (random() * 49)::int as step
        from generate_series(1, ($LINKS * 6 / 10)) l) p
  join bench_child a on a.n = p.i
  join bench_child b on b.n = 1 + (p.i + p.step - 1) % $CHILDREN
  join bench_context g on g.n = 1 + (p.i / 25) % 10000;
insert into context_link (id, from_id, from_child, to_id, to_child, context_id, relation, protective, strength,
                          source, stated_by, stated_on, review_by, status, recorded_at)
  select gen_random_uuid(), a.id, true, g.id, false, g.id, 'MEMBER', false, 'MODERATE', 'bench', 'bench',
         current_date - 30, current_date + 90, 'ACTIVE', now()
  from (select l, 1 + (random() * ($CHILDREN - 1))::int as i, 1 + (random() * 9999)::int as c
        from generate_series(1, ($LINKS * 4 / 10)) l) p
  join bench_child a on a.n = p.i
  join bench_context g on g.n = p.c;
-- Some links are past their review date or ended: the walk must skip them.
update context_link set review_by = current_date - 1 where random() < 0.05;
insert into access_relationship (id, person_id, user_id, kind, description, started_on)
  select gen_random_uuid(), c.id, u.id, 'TEAM_AROUND_CHILD', 'bench', current_date - 30
  from (select id from bench_child where n <= (select count(*) from identity_person) order by n limit 500) c,
       access_user u where u.username = 'practitioner.demo';
analyze context_link; analyze context_subject; analyze access_relationship;
SQL
echo "Loaded in $(( $(date +%s) - START )) s: $(SQL 'select count(*) from context_link') links; \
$(SQL 'select count(*) from bench_child') children"
SQL "select c.id from bench_child c join access_relationship r on r.person_id = c.id
     join access_user u on u.id = r.user_id and u.username = 'practitioner.demo'" > centres.txt
echo "Query plan for one centre:"
psql -h localhost -p "$PG" -U postgres -At -c "explain (analyze, buffers, costs off, timing off, summary on)
  with hop1 as (select l.*, l.to_id as node from context_link l where l.from_id = '$(head -1 centres.txt)'
                and l.status <> 'ENDED' and l.review_by >= current_date
                union all select l.*, l.from_id from context_link l where l.to_id = '$(head -1 centres.txt)'
                and l.status <> 'ENDED' and l.review_by >= current_date),
       near as (select distinct node from hop1)
  select count(*) from near n join context_link l on l.from_id = n.node or l.to_id = n.node
  where l.status <> 'ENDED' and l.review_by >= current_date" | grep -E "Index|Execution" | head -8
echo "Load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" "$ROOT/bench/ContextNetwork.java" "http://localhost:$PORT" practitioner.demo reachable-demo centres.txt \
  "$WARMUP" "$REQUESTS"
echo "Load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Data left in $WORK (delete it when done)"
