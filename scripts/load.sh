#!/usr/bin/env bash
# The load script against the running local stack (./run.sh in another terminal): routed reads, the feed's memory,
# live streams and rate limit probes, with a report (markdown and JSON). See docs/load.md.
#
# Usage: scripts/load.sh [routed] [memory] [streams] [probes] [--option value ...]
#   no measure named: all four, in that order (the probes always last)
#   scripts/load.sh --help lists the options, e.g.
#   scripts/load.sh routed --readers 64 --duration 10s
#   scripts/load.sh streams --streams 500
#   scripts/load.sh memory --extra-items 2000
# Prints the markdown report's path last (default folder target/load/); progress goes to stderr.
# Settings (environment):
#   LOAD_JAVA_OPTS   the load generator's JVM options (default -Xms256m -Xmx1g -XX:+UseSerialGC: a bounded heap)
#   LOAD_MVN_ARGS    extra Maven arguments for building the bench module when needed (e.g. -o)
#   NEWSROOM_DATA_DIR, LOCAL_STACK_JAVA_OPTS: as for run.sh and dev-token.sh (the tokens come from ./dev-token.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=bench/target/newsroom-bench-exec.jar
if [[ ! -f "$JAR" || -n "$(find bench/pom.xml bench/src -newer "$JAR" -print -quit)" ]]; then
  echo "load.sh: building the bench module (./mvnw -B -q -DskipTests -pl bench package) ..." >&2
  # shellcheck disable=SC2086
  ./mvnw -B -q ${LOAD_MVN_ARGS:-} -DskipTests -pl bench package >&2
fi
if [[ ! -f local-stack/target/local-stack.jar ]]; then
  echo "load.sh: the tokens come from ./dev-token.sh, which needs local-stack/target/local-stack.jar; start the stack with ./run.sh" >&2
  exit 2
fi

# shellcheck disable=SC2086
exec java ${LOAD_JAVA_OPTS:--Xms256m -Xmx1g -XX:+UseSerialGC} -jar "$JAR" --dev-token ./dev-token.sh "$@"
