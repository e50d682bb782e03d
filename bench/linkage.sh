#!/usr/bin/env bash
# Record-linkage benchmarks (results go to docs/benchmarks-linkage.md):
#   bench/linkage.sh            accuracy, then speed
#   bench/linkage.sh accuracy   FEBRL 1-4 and fake_1000 (needs ../shared/data/linkage) and a 20,000-child borough
#   bench/linkage.sh speed      1. dedupe 50,000 borough records end to end: a warm-up, then $ROUNDS rounds (default 5)
#                               2. dedupe 1,000,000 records once (after a 50,000-record warm-up), -Xmx8g
#                               3. streaming: 10,000 incoming records against an index of 1,000,000 (after 2,000
#                                  warm-up queries), -Xmx8g
# Each speed run prints the machine load (uptime) before and after, wall and CPU time per phase, candidate pairs,
# blocking recall against the generator's truth, pairwise accuracy and peak heap. Borough views are generated once
# into target/bench-linkage/ (generate --no-load --out; 33,000 children give 51,466 records, 660,000 give 1,034,866).
set -euo pipefail
cd "$(dirname "$0")/.."
WHAT=${1:-all}
ROUNDS=${ROUNDS:-5}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
./mvnw -o -q package -DskipTests  # always: the accuracy runs use the jar, the speed runs the classes
[ -f target/bench-linkage.cp ] || ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-linkage.cp >/dev/null
# a copy of the classes, so rebuilding while a long run goes on cannot pull classes from under it
rm -rf target/bench-classes && cp -r target/classes target/bench-classes
CP=target/bench-classes:$(cat target/bench-linkage.cp)
OUT=target/bench-linkage; mkdir -p "$OUT"
DATA=../shared/data/linkage

gen() { # children dir
  [ -f "$2/truth.csv" ] || "$JAVA" -Xmx6g -jar target/reachable.jar generate --seed 7 --children "$1" --no-load --out "$2" >/dev/null
}
bench() { # heading, then LinkageBench arguments
  echo "== $1"; shift
  echo "load before: $(uptime)"
  "$JAVA" -Xmx8g -cp "$CP" bench/linkage/LinkageBench.java "$@" 2>&1 | grep -v '^WARNING'
  echo "load after:  $(uptime)"
}

if [ "$WHAT" = all ] || [ "$WHAT" = accuracy ]; then
  if [ -d "$DATA" ]; then
    FEBRL="--id rec_id --given given_name --family surname --dob date_of_birth --dob-format yyyyMMdd --postcode postcode
      --address street_number --address address_1 --attribute address_2 --attribute suburb --attribute state
      --identifier SSN=soc_sec_id --truth-febrl --no-household-check"
    for n in 1 2 3; do
      echo "== FEBRL$n"; "$JAVA" -jar target/reachable.jar link --input $DATA/dataset$n.csv $FEBRL --out $OUT/febrl$n.csv
    done
    echo "== FEBRL4 (link, one-to-one)"
    "$JAVA" -jar target/reachable.jar link --input $DATA/dataset4a.csv --input $DATA/dataset4b.csv --link --one-to-one \
      $FEBRL --out $OUT/febrl4.csv
    echo "== fake_1000"
    "$JAVA" -jar target/reachable.jar link --input $DATA/fake_1000.csv --id unique_id --given first_name --family surname \
      --dob dob --attribute city --attribute email --truth-column cluster --out $OUT/fake_1000.csv
  else
    echo "Skipping FEBRL and fake_1000: $DATA not found"
  fi
  gen 20000 $OUT/borough-20k
  echo "== synthetic borough, 20,000 children (link command, with truth)"
  "$JAVA" -jar target/reachable.jar link $(for a in police schools health csc yjs; do echo --input $OUT/borough-20k/$a.csv; done) \
    --id record_id --given given_names --family family_name --dob date_of_birth --sex sex --postcode postcode \
    --address address_line1 --identifier NHS=nhs_number --identifier UPN=upn --identifier POLICE=police_ref \
    --identifier CSC=csc_ref --identifier YJS=yjs_ref --truth-file $OUT/borough-20k/truth.csv --truth-cluster person_id \
    --out $OUT/borough-20k-clusters.csv
fi

if [ "$WHAT" = all ] || [ "$WHAT" = speed ]; then
  gen 33000 $OUT/borough-33k
  gen 660000 $OUT/borough-660k
  bench "dedupe 50,000 records (warm-up + $ROUNDS rounds)" dedupe $OUT/borough-33k 50000 "$ROUNDS"
  bench "dedupe 1,000,000 records (50,000-record warm-up + 1 round)" dedupe $OUT/borough-660k 1000000 1
  bench "streaming against 1,000,000" stream $OUT/borough-660k 1000000 10000
fi
