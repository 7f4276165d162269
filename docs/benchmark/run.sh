#!/usr/bin/env bash
# Times impact-site, Hugo and JBake on the same synthetic portfolio of N case studies. Hugo
# runs twice: on plain pages (the story alone) and on the same pages as the report without the
# charts (key numbers, series tables, index pages, data files, feed, sitemap); the ratio is
# taken against the second. impact-site runs cold (an empty cache), after `mvn clean` with the
# cache of charts, stories and pictures primed by the run before, and unchanged.
#
#   docs/benchmark/run.sh [N ...]         (default: 100 1000 10000)
#   RUNS=5 docs/benchmark/run.sh 1000     (runs per measurement below 10,000; the median is reported)
#   LARGE_RUNS=3 ...                       (runs from N = 10,000 on; default 1, with no warm-up run)
#   JBAKE=1 ...                            (JBake too, below 10,000: it takes about 15 minutes at 10,000)
#   PREVIEW=0 ...                          (leave out the preview's edit-to-page time, measured up to N = 1,000)
#   (impact-site runs use a cache folder of their own under target/benchmark, emptied for cold runs)
#   JVM_CONFIG="-XX:TieredStopAtLevel=1" ... (the report project's .mvn/jvm.config: options of Maven's JVM;
#                                           default: those the archetype's new report projects have; "" for none)
#
# Needs Java 17, Maven, GNU time (/usr/bin/time) and Hugo (Debian: apt-get install hugo time).
# Installs the plugin from this checkout first. Writes target/benchmark/results.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT="$ROOT/target/benchmark"
SMALL_RUNS=${RUNS:-3}
LARGE_RUNS=${LARGE_RUNS:-1}
SMALL_WARMUP=${WARMUP:-1}
JBAKE=${JBAKE:-0}
JVM_CONFIG=${JVM_CONFIG-$(cat "$ROOT/archetype/src/main/resources/archetype-resources/__dotmvn__/jvm.config")}
SIZES=${*:-100 1000 10000}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
GOAL="org.impactsite:impact-site-maven-plugin:$VERSION:generate-impact"
# the other tools make no PDF: like for like, the report's PDFs are left out unless PDF=1
PDF=${PDF:-0}
[ "$PDF" = 1 ] || GOAL="$GOAL -Dimpact.pdf=false"
# the machine's cache (by default in the home folder) is one of the benchmark's, emptied for cold runs
CACHE="$OUT/cache"
GOAL="$GOAL -Dimpact.cache=$CACHE"
command -v hugo >/dev/null || { echo "Hugo is missing: apt-get install hugo" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }

mkdir -p "$OUT"
rm -f "$OUT/stages.txt" "$OUT/preview.txt"
mvn -B -q install -DskipTests

# one measurement: prints "seconds peak-MiB" of the command (its largest process)
measure() {
  local log="$OUT/last.log"
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$OUT/time.txt"
}

# RUNS measurements after one warm-up: prints "median-seconds max-peak-MiB"
median() {
  local prepare=$1; shift
  if [ "$WARMUP" = 1 ]; then eval "$prepare"; "$@" >/dev/null 2>&1 || true; fi
  local times=() peak=0
  for _ in $(seq "$RUNS"); do
    eval "$prepare"
    read -r t m < <(measure "$@")
    times+=("$t"); [ "$m" -gt "$peak" ] && peak=$m
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v p="$peak" '{ a[NR] = $1 } END { printf "%s %s\n", a[int((NR + 1) / 2)], p }'
}

machine="$(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(uname -sr)"
{
  echo "Machine: $machine; $(java -version 2>&1 | head -1); $(mvn -B -v 2>/dev/null | sed -e 's/\x1b\[[0-9;]*m//g' -e 's/ (.*//' | sed -n 1p);"
  echo "$(hugo version | cut -d' ' -f1-2 | sed -n 1p); JBake 2.7.0 (jbake-maven-plugin 2.7.0-rc.7); impact-site $VERSION."
  echo "Below 10,000 case studies: median of $SMALL_RUNS runs$([ "$SMALL_WARMUP" = 1 ] && echo " after a warm-up run"); from 10,000: median of $LARGE_RUNS, no warm-up. Peak = largest resident memory of a run (MiB)."
  echo "The report project's .mvn/jvm.config (Maven's JVM options): ${JVM_CONFIG:-none}."
  echo
  echo "| N | Maven start | impact-site cold | after mvn clean, cache primed | same, one case study edited | unchanged rebuild | Hugo, plain pages | Hugo, same pages | JBake | cold / Hugo same | primed / Hugo same | impact/JBake | peak impact cold / primed / Hugo plain / Hugo same / JBake |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$OUT/results.md"

# a one-case-study project built once online, so that the timed runs (offline) find every plugin
java "$ROOT/docs/benchmark/Generate.java" 1 "$OUT/prefetch" "$VERSION"
mvn -B -q -f "$OUT/prefetch/impact/pom.xml" $GOAL >/dev/null
[ "$JBAKE" = 1 ] && mvn -B -q -f "$OUT/prefetch/jbake/pom.xml" jbake:generate >/dev/null

for n in $SIZES; do
  if [ "$n" -ge 10000 ]; then RUNS=$LARGE_RUNS; WARMUP=0; else RUNS=$SMALL_RUNS; WARMUP=$SMALL_WARMUP; fi
  dir="$OUT/n$n"
  rm -rf "$dir"
  java "$ROOT/docs/benchmark/Generate.java" "$n" "$dir" "$VERSION"
  if [ -n "${JVM_CONFIG:-}" ]; then
    mkdir -p "$dir/impact/.mvn" && printf '%s\n' "$JVM_CONFIG" > "$dir/impact/.mvn/jvm.config"
  fi
  read -r mvn_t _ < <(median ":" mvn -B -q -o -f "$dir/impact/pom.xml" validate)
  read -r imp_t imp_m < <(median "rm -rf '$dir/impact/target' '$CACHE'" mvn -B -q -o -f "$dir/impact/pom.xml" $GOAL)
  read -r primed_t primed_m < <(median "rm -rf '$dir/impact/target'" mvn -B -q -o -f "$dir/impact/pom.xml" $GOAL)
  # a new title in one case study: its page, picture and charts and the pages listing it are made again
  # (a glob, not ls | head: under pipefail, head leaving early kills ls and the script)
  studies=("$dir"/impact/src/impact/case-studies/*)
  first=$(basename "${studies[0]}")
  read -r edit_t _ < <(median "rm -rf '$dir/impact/target'; sed -i \"0,/^title: .*/s//title: Edited \$RANDOM/\" '$dir/impact/src/impact/case-studies/$first'" mvn -B -q -o -f "$dir/impact/pom.xml" $GOAL)
  read -r again_t _ < <(median ":" mvn -B -q -o -f "$dir/impact/pom.xml" $GOAL)
  read -r hugo_t hugo_m < <(median "rm -rf '$dir/hugo-out'" hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out")
  read -r same_t same_m < <(median "rm -rf '$dir/hugo-same-out'" hugo --quiet -s "$dir/hugo-same" -d "$dir/hugo-same-out")
  if [ "$JBAKE" = 1 ] && [ "$n" -lt 10000 ]; then
    read -r jb_t jb_m < <(median "rm -rf '$dir/jbake/target'" mvn -B -q -o -f "$dir/jbake/pom.xml" jbake:generate)
  else
    jb_t="-"; jb_m="-"
  fi
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == "-") print "-"; else printf "%.1fx", a / b }'; }
  echo "| $n | $mvn_t s | $imp_t s | $primed_t s | $edit_t s | $again_t s | $hugo_t s | $same_t s | $([ "$jb_t" = - ] && echo "not run" || echo "$jb_t s") | $(ratio "$imp_t" "$same_t") | $(ratio "$primed_t" "$same_t") | $(ratio "$imp_t" "$jb_t") | $imp_m / $primed_m / $hugo_m / $same_m / $jb_m |" >> "$OUT/results.md"
  rm -rf "$dir/impact/target" "$CACHE"
  mvn -B -o -f "$dir/impact/pom.xml" $GOAL -Dimpact.timings 2>&1 | grep "timings" | sed "s/^.*impact-site: /N=$n cold   /" >> "$OUT/stages.txt" || true
  rm -rf "$dir/impact/target"
  mvn -B -o -f "$dir/impact/pom.xml" $GOAL -Dimpact.timings 2>&1 | grep "timings" | sed "s/^.*impact-site: /N=$n primed /" >> "$OUT/stages.txt" || true
  if [ "${PREVIEW:-1}" = 1 ] && [ "$n" -le 1000 ]; then
    java "$ROOT/docs/benchmark/PreviewLatency.java" "$dir/impact" "$VERSION" 20 | sed "s/^preview:/N=$n preview:/" >> "$OUT/preview.txt"
  fi
done
{
  echo
  echo "Stages of one impact-site build (-Dimpact.timings):"
  echo '```'
  cat "$OUT/stages.txt"
  echo '```'
  if [ -s "$OUT/preview.txt" ]; then
    echo
    echo "Preview (site:serve-impact): time from saving a new title to the page showing it, as an open page sees it:"
    echo '```'
    cat "$OUT/preview.txt"
    echo '```'
  fi
} >> "$OUT/results.md"
rm -f "$OUT/stages.txt" "$OUT/preview.txt"
cat "$OUT/results.md"
