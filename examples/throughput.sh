#!/bin/sh
# Times `icans grade` on a synthetic file of about 3 million rows (108,500 invented patients of the
# example cohort's generator, about 200 MB), written to /tmp. Run from the repository root after
# `./mvnw -B package`. Usage: examples/throughput.sh [patients]
set -eu
patients="${1:-108500}"
file="/tmp/icans-throughput-${patients}.csv"
if [ ! -f "$file" ]; then
  java icans-cli/src/test/java/org/icans/cli/examples/CohortGenerator.java "$patients" > "$file"
fi
rows=$(($(wc -l < "$file") - 1))
echo "$file: $rows rows, $(wc -c < "$file") bytes"
start=$(date +%s%N)
java -jar icans-cli/target/icans.jar grade "$file" > /dev/null
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
echo "grade: ${ms} ms end to end, $(( rows * 1000 / ms )) rows/s"
