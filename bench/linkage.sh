#!/usr/bin/env bash
# Record-linkage benchmarks (results go to docs/benchmarks-linkage.md):
#   bench/linkage.sh [dedupe-records] [rounds]
# 1. FEBRL 1-4 and fake_1000 through the link command (needs ../shared/data/linkage)
# 2. end-to-end deduplication of synthetic-borough agency views: 50,000 records (warm-up + rounds)
# 3. 1,000,000 records once, with an 8 GB heap; 4. streaming p99 against a 1,000,000-record index
# Large borough views are generated once into target/bench-linkage/ (generate --no-load --out).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${2:-5}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f target/reachable.jar ] || ./mvnw -o -q package -DskipTests
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-linkage.cp >/dev/null
CP=target/classes:$(cat target/bench-linkage.cp)
OUT=target/bench-linkage; mkdir -p "$OUT"
DATA=../shared/data/linkage

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

gen() { # children dir
  [ -f "$2/truth.csv" ] || "$JAVA" -jar target/reachable.jar generate --seed 7 --children "$1" --no-load --out "$2" >/dev/null
}
gen 20000 $OUT/borough-20k
echo "== synthetic borough, 20,000 children (link command, with truth)"
"$JAVA" -jar target/reachable.jar link $(for a in police schools health csc yjs; do echo --input $OUT/borough-20k/$a.csv; done) \
  --id record_id --given given_names --family family_name --dob date_of_birth --sex sex --postcode postcode \
  --address address_line1 --identifier NHS=nhs_number --identifier UPN=upn --identifier POLICE=police_ref \
  --identifier CSC=csc_ref --identifier YJS=yjs_ref --truth-file $OUT/borough-20k/truth.csv --truth-cluster person_id \
  --out $OUT/borough-20k-clusters.csv

gen 660000 $OUT/borough-660k   # about 1,030,000 agency records
echo "== dedupe ${1:-50000} records"
"$JAVA" -Xmx8g -cp "$CP" bench/linkage/LinkageBench.java dedupe $OUT/borough-660k "${1:-50000}" "$ROUNDS"
echo "== dedupe 1,000,000 records"
"$JAVA" -Xmx8g -cp "$CP" bench/linkage/LinkageBench.java dedupe $OUT/borough-660k 1000000 1
echo "== streaming against 1,000,000"
"$JAVA" -Xmx8g -cp "$CP" bench/linkage/LinkageBench.java stream $OUT/borough-660k 1000000 20000
