#!/usr/bin/env bash
# The benchmark: one command that builds, starts a stack of its own with production JVM settings, runs every
# measure next to its baseline with a warm-up, and writes docs/performance.md and docs/performance.json.
# See docs/performance.md ("How it is measured") and docs/load.md for the measures it shares with the load script.
#
# Usage: scripts/bench.sh [--smoke] [--no-build] [--only MEASURES]
#   --smoke      a short run that only proves the harness works (CI runs it): no start-up measure, short runs,
#                200 streams, 5 000 items for the bootstrap, 1 000 for the search; writes target/bench/performance.md and .json, never docs/
#   --only M,…   the full-length run of only these measures (feed, page, routed, writes, streams, depth, publish,
#                bootstrap, search); writes target/bench/performance.md and .json, never docs/
#   --no-build   use the jars that are there (./mvnw -B -q -DskipTests install otherwise)
# The stack it starts is its own: data in target/bench/data (emptied first), ports 18080 (gateway), 18180
# (management), 18081-18083 (services), 19092 (Kafka), 27117 (MongoDB stand-in), and 18280/18380 for the gateways
# the bootstrap and search measures start (one at a time), so a ./run.sh stack may keep running. On a machine with 2 or more cores the load
# generator gets the last core and the stack the others (taskset); the report says which.
# Settings (environment): BENCH_APP_JVM_OPTIONS (default -Xmx512m -XX:+UseG1GC; with --smoke, C1 only and the
# serial GC), BENCH_MVN_ARGS (extra Maven
# arguments for the build, e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=false
BUILD=true
ONLY=
while (( $# > 0 )); do
  case "$1" in
    --smoke) SMOKE=true ;;
    --no-build) BUILD=false ;;
    --only) ONLY=${2:?--only needs a list of measures}; shift ;;
    *) echo "usage: scripts/bench.sh [--smoke] [--no-build] [--only MEASURES]" >&2; exit 2 ;;
  esac
  shift
done

OUT=target/bench
DATA="$OUT/data"
mkdir -p "$OUT"
if $BUILD; then
  echo "bench.sh: building (./mvnw -B -q -DskipTests install) ..." >&2
  # shellcheck disable=SC2086
  ./mvnw -B -q ${BENCH_MVN_ARGS:-} -DskipTests install >&2
fi

CORES=$(nproc)
STACK_RUN=()
STACK_CPU_ARGS=()
GENERATOR_RUN=()
STACK_CPUS="all $CORES cores, shared with the load generator"
GENERATOR_CPUS="all $CORES cores, shared with the stack"
if (( CORES >= 2 )) && command -v taskset >/dev/null; then
  STACK_CPUS="CPU 0-$((CORES - 2))"
  GENERATOR_CPUS="CPU $((CORES - 1))"
  STACK_RUN=(taskset -c "0-$((CORES - 2))")
  STACK_CPU_ARGS=(--stack-cpu-list "0-$((CORES - 2))" --generator-cpu-list "$((CORES - 1))"
    --bootstrap-cpu-list "0-$((CORES - 1))")
  GENERATOR_RUN=(taskset -c "$((CORES - 1))")
fi

export NEWSROOM_DEMO=true NEWSROOM_GATEWAY_PORT=18080 NEWSROOM_GATEWAY_MANAGEMENT_PORT=18180 \
  NEWSROOM_ARTICLES_PORT=18081 NEWSROOM_EVENTS_PORT=18082 NEWSROOM_PEOPLE_PORT=18083 NEWSROOM_KAFKA_PORT=19092 \
  NEWSROOM_MONGO_PORT=27117
# The smoke run measures nothing worth keeping: it starts its apps as the local stack does (C1 only, serial GC),
# which comes up faster and takes less of a CI machine.
DEFAULT_APP_JVM_OPTIONS="-Xmx512m -XX:+UseG1GC"
$SMOKE && DEFAULT_APP_JVM_OPTIONS="-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
APP_JVM_OPTIONS="${BENCH_APP_JVM_OPTIONS:-$DEFAULT_APP_JVM_OPTIONS}"

STACK_PID=""
stop_stack() {
  if [[ -n "$STACK_PID" ]] && kill -0 "$STACK_PID" 2>/dev/null; then
    kill "$STACK_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$STACK_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$STACK_PID" 2>/dev/null || true
  fi
  STACK_PID=""
}
trap stop_stack EXIT

# Starts the stack on every core, as ./run.sh --no-build does; sets UP_SECONDS to how long it took until it said it
# is up. (Not in a subshell: STACK_PID must stay set for stop_stack.)
UP_SECONDS=""
start_stack() {
  local log="$OUT/stack-$1.log" begin
  begin=$(date +%s%N)
  java -Xmx512m -XX:+UseSerialGC -jar local-stack/target/local-stack.jar >"$log" 2>&1 &
  STACK_PID=$!
  for _ in $(seq 1 900); do
    if grep -q "Newsroom local stack is up" "$log"; then
      UP_SECONDS=$(awk -v begin="$begin" -v end="$(date +%s%N)" 'BEGIN { printf "%.1f", (end - begin) / 1e9 }')
      return 0
    fi
    if ! kill -0 "$STACK_PID" 2>/dev/null; then
      echo "bench.sh: the stack stopped while starting; see $log" >&2
      tail -20 "$log" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "bench.sh: the stack did not come up in 180 s; see $log" >&2
  return 1
}

START_ARGS=()
if ! $SMOKE && [[ -z "$ONLY" ]]; then
  # Start-up as a developer sees it: ./run.sh's JVM settings (NEWSROOM_APP_JVM_OPTIONS unset), all cores.
  export NEWSROOM_DATA_DIR="$OUT/startup-data"
  rm -rf "$NEWSROOM_DATA_DIR"
  echo "bench.sh: start-up: first start (empty data, demo content) ..." >&2
  start_stack startup-first
  FIRST=$UP_SECONDS
  stop_stack
  echo "bench.sh: start-up: restart ..." >&2
  start_stack startup-restart
  RESTART=$UP_SECONDS
  stop_stack
  echo "bench.sh: start-up: first $FIRST s, restart $RESTART s" >&2
  START_ARGS=(--first-start-seconds "$FIRST" --restart-seconds "$RESTART")
fi

# The measured stack: production JIT, the bench profile; started on every core, then held to its CPUs.
export NEWSROOM_DATA_DIR="$DATA"
export NEWSROOM_APP_JVM_OPTIONS="$APP_JVM_OPTIONS -Dspring.profiles.active=bench"
rm -rf "$DATA"
echo "bench.sh: starting the measured stack ..." >&2
start_stack bench
echo "bench.sh: up in $UP_SECONDS s" >&2
if (( ${#STACK_RUN[@]} > 0 )); then
  for pid in "$STACK_PID" $(cat "$DATA"/run/*.pid); do
    taskset -a -c -p "${STACK_CPUS#CPU }" "$pid" >/dev/null
  done
fi

if $SMOKE; then
  ARGS=(--stack-warm-up-seconds 2 --warm-up-seconds 1 --seconds 2 --readers 8 --writers 4 --streams 200 --depth 40
    --publish-rates 10 --bootstrap-items 5000 --search-items 1000 --strict true --markdown "$OUT/performance.md"
    --json "$OUT/performance.json")
else
  ARGS=(--stack-warm-up-seconds 120 --warm-up-seconds 20 --seconds 20 --readers 32 --writers 8 --streams 10000
    --depth 1000 --publish-rates 10,40,100 --bootstrap-items 100000,1000000 --search-items 100000)
  if [[ -n "$ONLY" ]]; then
    ARGS+=(--only "$ONLY" --markdown "$OUT/performance.md" --json "$OUT/performance.json")
  else
    ARGS+=(--markdown docs/performance.md --json docs/performance.json)
  fi
fi

"${GENERATOR_RUN[@]}" java -Xms256m -Xmx1g -XX:+UseSerialGC \
  -Dloader.main=dk.newsroom.bench.perf.Benchmark -cp bench/target/newsroom-bench-exec.jar \
  org.springframework.boot.loader.launch.PropertiesLauncher \
  --gateway http://127.0.0.1:18080 --management http://127.0.0.1:18180 --articles http://127.0.0.1:18081 \
  --mongo mongodb://127.0.0.1:27117/articles --kafka 127.0.0.1:19092 --data-dir "$DATA" --dev-token ./dev-token.sh \
  --launcher-pid "$STACK_PID" --gateway-jar gateway/target/gateway.jar "${STACK_CPU_ARGS[@]}" \
  --cores "$CORES" --generator-cpus "$GENERATOR_CPUS" --stack-cpus "$STACK_CPUS" --app-jvm-options "$APP_JVM_OPTIONS" \
  "${START_ARGS[@]}" "${ARGS[@]}"
