#!/usr/bin/env bash
# Speed and memory of stance4j's inference next to fastText and the scikit-learn SVM, all in one run
# on this machine, written into the speed section of docs/benchmarks.md.
#
# Usage: benchmarks/run-speed.sh            (from anywhere; about 15 minutes)
#        benchmarks/run-speed.sh --cli-only (about 3 minutes: ./stance4j predict on 50,000 and a million
#                                            tweets next to fastText's predict-prob, printed, docs untouched)
# Needs: JDK 17+, Maven, and for the peers Debian's fasttext and python3-sklearn
#        (apt-get install -y fasttext python3-sklearn). Reads the public corpora from
#        ../shared/datasets and the peer scripts from ../shared/peers (override with
#        STANCE4J_DATASETS and STANCE4J_PEERS).
set -euo pipefail
mode=full
[ "${1:-}" = --cli-only ] && mode=cli
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
datasets="$(cd "${STANCE4J_DATASETS:-../shared/datasets}" && pwd)"
peers="$(cd "${STANCE4J_PEERS:-../shared/peers}" && pwd)"
command -v fasttext >/dev/null || { echo "run-speed.sh: fasttext is missing: apt-get install -y fasttext" >&2; exit 2; }
/usr/bin/python3 -c "import sklearn" 2>/dev/null || { echo "run-speed.sh: scikit-learn is missing: apt-get install -y python3-sklearn" >&2; exit 2; }

# raw results stay here, so that a report can be made again without measuring again
work="$root/benchmarks/target/speed-run"
rm -rf "$work" && mkdir -p "$work"
echo "== building" >&2
mvn -q -B -DskipTests install
./stance4j --version >/dev/null
cp="benchmarks/target/stance4j-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*"
java_props="-Dstance4j.datasets=$datasets"

# the shortest of three runs of a command, in seconds
best_of_3() {
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
    best=$(awk -v b="$best" -v s="$start" -v e="$end" 'BEGIN { t = e - s; if (b == "" || t < b) print t; else print b }')
  done
  echo "$best"
}
per_second() { awk -v n="$1" -v big="$2" -v small="$3" 'BEGIN { printf "%.0f", (n - 1) / (big - small) }'; }

echo "== statements" >&2
kinds="tweet words60"
[ "$mode" = cli ] && kinds=tweet
for kind in $kinds; do
  java $java_props -cp "$cp" org.stance4j.benchmarks.ExportStatements "$kind" 50000 "$work/$kind.csv"
  head -n 2 "$work/$kind.csv" > "$work/$kind-1.csv"
done
# training data for the peers: the corpus each kind of statement comes from, in the project's CSV
/usr/bin/python3 "$peers/to_csv.py" semeval2016 "$datasets/semeval2016/trainingdata-all-annotations.txt" > "$work/tweet-train.csv"
[ "$mode" = cli ] || /usr/bin/python3 "$peers/to_csv.py" vast "$datasets/vast/vast_train.csv" > "$work/words60-train.csv"

# fastText as the peer script runs it: event words as marked tokens, word bigrams, char 2-5 grams, dim 50
to_fasttext() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import csv, re, sys
csv.field_size_limit(1 << 30)
clean = lambda s: re.sub(r"[^\w#@ ]", " ", s.lower())
with open(sys.argv[1], encoding="utf-8", newline="") as f, open(sys.argv[2], "w", encoding="utf-8") as o:
    for r in csv.DictReader(f):
        label = "__label__" + r["stance"] + " " if "stance" in r and r["stance"] else ""
        ev = " ".join("EVENT_" + w for w in clean(r["event"]).split())
        o.write(label + ev + " " + " ".join(clean(r["text"]).split()) + "\n")
PY
}
declare -A fasttext_per_s svm_per_s
for kind in $kinds; do
  echo "== peers on $kind statements" >&2
  to_fasttext "$work/$kind-train.csv" "$work/$kind-train.txt"
  to_fasttext "$work/$kind.csv" "$work/$kind.txt"
  head -n 1 "$work/$kind.txt" > "$work/$kind-1.txt"
  fasttext supervised -input "$work/$kind-train.txt" -output "$work/ft-$kind" -epoch 25 -lr 0.5 -wordNgrams 2 -dim 50 \
    -minn 2 -maxn 5 -thread 2 -verbose 0 -seed 1
  big=$(best_of_3 fasttext predict-prob "$work/ft-$kind.bin" "$work/$kind.txt")
  small=$(best_of_3 fasttext predict-prob "$work/ft-$kind.bin" "$work/$kind-1.txt")
  fasttext_per_s[$kind]=$(per_second 50000 "$big" "$small")
  [ "$mode" = cli ] && continue
  # the SVM script needs labels on the test rows; any label will do for timing
  /usr/bin/python3 - "$work/$kind.csv" "$work/$kind-labeled.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f, open(sys.argv[2], "w", encoding="utf-8", newline="") as o:
    rows = csv.DictReader(f)
    out = csv.writer(o)
    out.writerow(rows.fieldnames + ["stance"])
    for r in rows:
        out.writerow([r[c] for c in rows.fieldnames] + ["neutral"])
PY
  svm_per_s[$kind]=$(/usr/bin/python3 "$peers/svm.py" "$work/$kind-train.csv" "$work/$kind-labeled.csv" \
    | /usr/bin/python3 -c "import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])['predict_per_s'])")
done

echo "== stance4j predict on 50,000 statements" >&2
big=$(best_of_3 ./stance4j predict --input "$work/tweet.csv" --output /dev/null --no-progress)
small=$(best_of_3 ./stance4j predict --input "$work/tweet-1.csv" --output /dev/null --no-progress)
cli_per_s=$(per_second 50000 "$big" "$small")
# and on a million rows (the 50,000 repeated), where HotSpot's warm-up no longer dominates
{ cat "$work/tweet.csv"; for _ in $(seq 19); do tail -n +2 "$work/tweet.csv"; done; } > "$work/tweet-1m.csv"
large=$(best_of_3 ./stance4j predict --input "$work/tweet-1m.csv" --output /dev/null --no-progress)
cli_1m_per_s=$(per_second 1000000 "$large" "$small")
rm -f "$work/tweet-1m.csv"
if [ "$mode" = cli ]; then
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
  echo "fasttext predict-prob, 50,000 tweets: ${fasttext_per_s[tweet]}/s"
  echo "stance4j predict, 50,000 tweets: $cli_per_s/s ($(ratio "$cli_per_s" "${fasttext_per_s[tweet]}") x fastText)"
  echo "stance4j predict, a million tweets: $cli_1m_per_s/s ($(ratio "$cli_1m_per_s" "${fasttext_per_s[tweet]}") x fastText)"
  exit 0
fi

echo "== JMH" >&2
# every stance4j JVM runs with the project's JIT options (jvm/README.md says why)
jit_flag="@$root/jvm/jit.options"
jmh() { java -cp "$cp" org.openjdk.jmh.Main "$@" -jvmArgsAppend "$java_props $jit_flag" -foe true; }
jmh PredictAllBenchmark -t 1 -rf json -rff "$work/jmh-throughput-1.json"
# and once without the flag, for library users whose JVM lacks it
java -cp "$cp" org.openjdk.jmh.Main PredictAllBenchmark -t 1 -jvmArgsAppend "$java_props" -foe true \
  -rf json -rff "$work/jmh-throughput-1-nojit.json"
jmh PredictAllBenchmark -t 2 -rf json -rff "$work/jmh-throughput-2.json"
jmh PredictLatencyBenchmark -rf json -rff "$work/jmh-latency.json"
jmh LoadBenchmark -rf json -rff "$work/jmh-load.json"

echo "== memory while serving" >&2
memory_opts="-Xmx512m"
java $memory_opts $jit_flag $java_props -cp "$cp" org.stance4j.benchmarks.ServingMemory 30 | tail -n 1 > "$work/memory.json"

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(java -version 2>&1 | head -n 1 | tr -d '"'), $(date -u +%Y-%m-%d)"
cat > "$work/timings.json" <<JSON
{"machine": "$machine",
 "fasttext_per_s": {"tweet": ${fasttext_per_s[tweet]}, "words60": ${fasttext_per_s[words60]}},
 "svm_per_s": {"tweet": ${svm_per_s[tweet]}, "words60": ${svm_per_s[words60]}},
 "cli_per_s": $cli_per_s,
 "cli_1m_per_s": $cli_1m_per_s,
 "memory_jvm_options": "$memory_opts"}
JSON
java -cp "$cp" org.stance4j.benchmarks.SpeedReport "$work" docs/benchmarks.md "benchmarks/run-speed.sh"
echo "== updated docs/benchmarks.md" >&2
