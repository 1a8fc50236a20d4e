#!/usr/bin/env bash
# Scores the first 500 statements of the bundled corpus with this example (StanceTransformer on a
# local Spark) and with ./stance4j predict, and checks that every row gets the same stance.
# Run from anywhere after `mvn -B install` in the repository root.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/target/check"
rm -rf "$work" && mkdir -p "$work"
# id,event,text without the gold stance: the command line and Spark then add the same column names
python3 - "$root/datasets/src/main/resources/org/stance4j/datasets/stance4j-corpus.csv" "$work/rows.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f, open(sys.argv[2], "w", encoding="utf-8", newline="") as o:
    out = csv.writer(o)
    out.writerow(["id", "event", "text"])
    for i, r in enumerate(csv.DictReader(f)):
        if i == 500:
            break
        out.writerow([r["id"], r["event"], r["text"]])
PY
"$root/stance4j" predict --input "$work/rows.csv" --output "$work/cli.csv" --no-progress
(cd "$here" && mvn -q -B compile exec:java -Dexec.args="$work/rows.csv $work/spark")
python3 - "$work/cli.csv" "$work"/spark/part-*.csv <<'PY'
import csv, sys
cli = {r["id"]: r["stance"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8", newline=""))}
spark = {r["id"]: r["stance"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8", newline=""))}
assert len(cli) == 500 and cli.keys() == spark.keys(), (len(cli), len(spark))
differ = [i for i in cli if cli[i] != spark[i]]
print(f"{len(cli)} rows, {len(cli) - len(differ)} with the same stance from Spark and ./stance4j predict")
for i in differ:
    print("differs:", i, "command line:", cli[i], "spark:", spark[i])
sys.exit(1 if differ else 0)
PY
