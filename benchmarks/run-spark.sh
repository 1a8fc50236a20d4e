#!/usr/bin/env bash
# Spark's throughput on local[2] next to the command line's, on the same tweet-length statements in
# the same run: PredictJob from the shaded jar on Spark's own jars reads Parquet and writes Parquet;
# ./stance4j predict reads the same rows as CSV and writes CSV. Both times are wall-clock times of
# the whole command, JVM and Spark start-up included. Not part of the test suite.
#
# Usage: benchmarks/run-spark.sh [ROWS]     (default 2,000,000; about 10 minutes with the build)
# Needs: JDK 17+, Maven; the SemEval-2016 tweets in ../shared/datasets (STANCE4J_DATASETS overrides).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
datasets="$(cd "${STANCE4J_DATASETS:-../shared/datasets}" && pwd)"
rows="${1:-2000000}"
work="$root/benchmarks/target/spark-run"
rm -rf "$work" && mkdir -p "$work"

if [ -z "${STANCE4J_SKIP_BUILD:-}" ]; then   # set it to measure again without building again
echo "== building" >&2
./stance4j --version >/dev/null   # builds and installs the project when its sources changed, as on first use
# in one reactor with the modules it uses: stance4j snapshots in ~/.m2 may come from another checkout
mvn -q -B -Pbenchmarks -DskipTests -pl benchmarks,spark -am package
fi
mvn -q -B -f spark/src/test/spark-distribution/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/spark-classpath.txt"
spark_cp="$(cat "$work/spark-classpath.txt")"
shaded="$(ls spark/target/stance4j-spark-*-all.jar)"
# what spark-submit adds for Java 17, and the launcher's JIT options (CoreNLP's lexer is one huge method)
java17=(-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false)
jit=(-XX:-DontCompileHugeMethods -XX:CompileCommand=quiet
  -XX:CompileCommand=MaxNodeLimit,edu.stanford.nlp.process.PTBLexer::next,2000)
spark_props=(-Dspark.master=local[2] -Dspark.ui.enabled=false -Dspark.driver.bindAddress=127.0.0.1 -Dspark.driver.host=127.0.0.1)

echo "== $rows statements" >&2
java -Dstance4j.datasets="$datasets" -cp "benchmarks/target/stance4j-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
  org.stance4j.benchmarks.ExportStatements tweet "$rows" "$work/rows.csv"
# eight files: enough partitions for two cores to stay busy to the end
java "${java17[@]}" -cp "$spark_cp" benchmarks/spark/CsvToParquet.java "$work/rows.csv" "$work/rows.parquet" 8 2>"$work/convert.log"

# wall-clock seconds of a command whose output goes to a log: seconds LOG COMMAND...
seconds() {
  local log="$1" start end; shift
  start=$(date +%s.%N); "$@" >"$log" 2>&1; end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }'
}
per_second() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }

echo "== ./stance4j predict, CSV" >&2
cli=$(seconds "$work/cli.log" ./stance4j predict --input "$work/rows.csv" --output "$work/cli-out.csv" --no-progress)
echo "== PredictJob on local[2], Parquet" >&2
spark=$(seconds "$work/spark-parquet.log" java "${jit[@]}" "${java17[@]}" -Xmx4g "${spark_props[@]}" -cp "$shaded:$spark_cp" org.stance4j.spark.PredictJob \
  --input "$work/rows.parquet" --output "$work/spark-out.parquet")
echo "== PredictJob on local[2], CSV" >&2
spark_csv=$(seconds "$work/spark-csv.log" java "${jit[@]}" "${java17[@]}" -Xmx4g "${spark_props[@]}" -cp "$shaded:$spark_cp" org.stance4j.spark.PredictJob \
  --input "$work/rows.csv" --output "$work/spark-out.csv")

{
  echo "rows: $rows tweet-length statements (SemEval-2016 tweets, cycled); $(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "./stance4j predict (CSV in, CSV out):       ${cli} s, $(per_second "$rows" "$cli") rows/s"
  echo "PredictJob local[2] (Parquet in and out):   ${spark} s, $(per_second "$rows" "$spark") rows/s"
  echo "PredictJob local[2] (CSV in and out):       ${spark_csv} s, $(per_second "$rows" "$spark_csv") rows/s"
  awk -v c="$cli" -v s="$spark" -v x="$spark_csv" 'BEGIN { printf "Spark / command line: %.2fx (Parquet), %.2fx (CSV)\n", c / s, c / x }'
} | tee "$work/results.txt"
