#!/usr/bin/env bash
# Record-linkage comparison: Duke, JedAI and (when its jar has the `link` command) Reachable, on FEBRL1-4,
# fake_1000 and the synthetic borough, scored by one evaluator. Prints a Markdown table and writes it to
# docs/benchmarks-linkage-compare.md. See bench/linkage-compare/README.md for the configurations.
# Usage: bench/linkage-compare/run.sh            (from anywhere; needs ../shared/data/linkage beside the repo)
# Environment: JAVA_HOME (default Temurin 25), DATA (default ../shared/data/linkage), WORK (default
#   bench/linkage-compare/work), HEAP (default 4g), SYSTEMS (default "duke jedai reachable"),
#   REACHABLE_JAR (default target/reachable.jar: the jar whose `link` is scored).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
DATA=$(realpath -m "${DATA:-$ROOT/../shared/data/linkage}")
WORK=$(realpath -m "${WORK:-$ROOT/bench/linkage-compare/work}")
HEAP=${HEAP:-4g}
SYSTEMS=${SYSTEMS:-duke jedai reachable}
POM=bench/linkage-compare/pom.xml
OUT_DOC=docs/benchmarks-linkage-compare.md
COMMAND="bench/linkage-compare/run.sh"

if [[ ! -f "$DATA/dataset1.csv" ]]; then
  echo "Skipping: the shared linkage data is not at $DATA (set DATA=...)." >&2
  exit 0
fi

echo "== Building the bench (unit tests included) and, if missing, the Reachable jar"
./mvnw -q -B -f "$POM" package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="bench/linkage-compare/target/classes:$(cat bench/linkage-compare/target/classpath.txt)"
[[ -f target/reachable.jar ]] || ./mvnw -q -B -DskipTests package
bench() { "$JAVA" -Xmx"$HEAP" -cp "$CP" org.reachable.bench.linkage.Bench "$@" --data "$DATA" --work "$WORK"; }

mkdir -p "$WORK"
for seed in 7 8; do
  if [[ ! -f "$WORK/borough-s$seed/truth.csv" ]]; then
    echo "== Generating the synthetic borough, seed $seed (seed 7 is tested, seed 8 tunes)"
    (cd "$WORK" && "$JAVA" -jar "$ROOT/target/reachable.jar" generate --seed "$seed" --children 20000 --no-load \
      --out "borough-s$seed" | tail -1)
  fi
  bench combine-borough --seed "$seed"
done
bench split-fake
rm -f "$WORK/results.tsv" "$WORK"/tuning-*.tsv

for system in duke jedai; do
  if [[ " $SYSTEMS " == *" $system "* ]]; then
    echo "== $system: tune on the tuning sets, then one timed run per task (own JVM)"
    bench compare --system "$system" 2>&1 | grep -v -e '^WARNING: ' || { echo "$system failed" >&2; exit 1; }
  fi
done

# ---------------------------------------------------------------------------------------------------------------
# HOOK: Reachable's own engine. Runs only when `java -jar $REACHABLE_JAR help` lists `link` (REACHABLE_JAR defaults to
# this checkout's target/reachable.jar). The arguments are the column mappings of docs/linkage.md ("Mapping
# examples") on the linkage branch; adjust reachable_args if that command changes. Reachable is not tuned here: it
# learns its weights from each input. Its wall time is the whole process, JVM start included.
# ---------------------------------------------------------------------------------------------------------------
REACHABLE_JAR=${REACHABLE_JAR:-target/reachable.jar}
REACHABLE_LABEL=${REACHABLE_LABEL:-$REACHABLE_JAR}  # e.g. "the linkage branch at abc1234" when the jar is built elsewhere
REACHABLE_NOTE="Reachable: not run (SYSTEMS does not include it)."
reachable_args() {  # task output -> arguments of `link`
  local task=$1 out=$2 b="$WORK/borough-s7"
  local febrl="--id rec_id --given given_name --family surname --dob date_of_birth --dob-format yyyyMMdd --postcode postcode --address street_number --address address_1 --attribute address_2 --attribute suburb --attribute state --identifier SSN=soc_sec_id --no-household-check"
  case $task in
    febrl1) echo "--input $DATA/dataset1.csv $febrl --out $out" ;;
    febrl2) echo "--input $DATA/dataset2.csv $febrl --out $out" ;;
    febrl3) echo "--input $DATA/dataset3.csv $febrl --out $out" ;;
    febrl4) echo "--input $DATA/dataset4a.csv --input $DATA/dataset4b.csv --link --one-to-one $febrl --out $out" ;;
    fake1000-test) echo "--input $WORK/fake_1000_test.csv --id unique_id --given first_name --family surname --dob dob --attribute city --attribute email --out $out" ;;
    borough-s7) echo "--input $b/police.csv --input $b/schools.csv --input $b/health.csv --input $b/csc.csv --input $b/yjs.csv --id record_id --given given_names --family family_name --dob date_of_birth --sex sex --postcode postcode --address address_line1 --identifier NHS=nhs_number --identifier UPN=upn --identifier POLICE=police_ref --identifier CSC=csc_ref --identifier YJS=yjs_ref --out $out" ;;
  esac
}
if [[ " $SYSTEMS " == *" reachable "* ]]; then
  if "$JAVA" -jar "$REACHABLE_JAR" help 2>/dev/null | grep -qE '^[[:space:]]+link[[:space:]]'; then
    REACHABLE_NOTE="Reachable: \`link\` from $REACHABLE_LABEL with the documented column mappings (run.sh's hook); not tuned by the bench; wall time includes JVM start."
    echo "== Reachable: link on every task ($REACHABLE_JAR)"
    for task in febrl1 febrl2 febrl3 febrl4 fake1000-test borough-s7; do
      out="$WORK/predictions/$task-reachable.csv"
      mkdir -p "$WORK/predictions"; rm -f "$out"
      start=$(date +%s%N)
      # shellcheck disable=SC2046
      if "$JAVA" -jar "$REACHABLE_JAR" link $(reachable_args "$task" "$out") > "$WORK/reachable-$task.log" 2>&1; then
        seconds=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
        bench evaluate --dataset "$task" --predicted "$out" --system Reachable --configuration "link (own defaults)" \
          --seconds "$seconds" --note "not tuned here; time includes JVM start" 2>&1 | grep -v -e '^WARNING: '
      else
        echo "Reachable link failed on $task (see $WORK/reachable-$task.log):" >&2
        tail -5 "$WORK/reachable-$task.log" >&2
        REACHABLE_NOTE="Reachable: \`link\` failed on at least one task with the hook's arguments (see the run's output)."
      fi
    done
  else
    REACHABLE_NOTE="Reachable: not run — \`java -jar $REACHABLE_JAR help\` does not list \`link\` (the hook in run.sh runs it once it does)."
    echo "$REACHABLE_NOTE"
  fi
fi

TABLE=$(bench table)
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs || true)
MACHINE="$(nproc) cores ($CPU), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $("$JAVA" -version 2>&1 | head -1), heap -Xmx$HEAP"
{
  echo "# Record linkage: Reachable, Duke and JedAI compared"
  echo
  echo "Generated by \`$COMMAND\` on $(date -u +%Y-%m-%d) (commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown))."
  echo "Machine: $MACHINE."
  echo "How each system is configured and tuned, and why that is fair: [bench/linkage-compare/README.md](../bench/linkage-compare/README.md)."
  echo
  echo "Pairwise precision, recall and F1 count pairs of records put in one cluster; cluster precision is the share"
  echo "of predicted clusters of two or more records whose records are all one true entity. Every system's"
  echo "parameters (variant, clustering method, threshold) were chosen by the same procedure on a tuning set, then"
  echo "fixed: FEBRL2 for FEBRL1-4 (so the FEBRL2 row is in-sample), the even-numbered true clusters of fake_1000 for"
  echo "its odd half, and a borough generated with seed 8 for the seed-7 borough. Wall time is one run (score,"
  echo "cluster, write the file) in a JVM already warmed by the tuning runs, on a shared machine: provisional."
  echo
  echo "$TABLE"
  echo
  echo "$REACHABLE_NOTE"
} > "$OUT_DOC"
cat "$OUT_DOC"
echo
echo "Written to $OUT_DOC; predictions and tuning logs in $WORK."
