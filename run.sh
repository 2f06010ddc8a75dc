#!/usr/bin/env bash
# Builds the platform and runs the local stack in the foreground: Kafka and the MongoDB stand-in in the launcher's
# JVM, the services and the gateway as child processes, demo content on the first start. Ctrl-C stops everything;
# the data stays in ./data for the next start.
# The apps accept writes only with a bearer token: the first start creates the signing key they trust in
# ./data/security, and ./dev-token.sh [scope ...] prints a token signed with it.
#
# Usage: ./run.sh [--no-build]
#   --no-build   skip the Maven build (the jars must exist)
# Settings (environment variables, or the same keys as -D system properties in LOCAL_STACK_JAVA_OPTS, e.g.
# -Dnewsroom.gateway.port=18080; defaults in brackets):
#   NEWSROOM_DATA_DIR (./data), NEWSROOM_KAFKA_PORT (9092), NEWSROOM_MONGO_PORT (27017),
#   NEWSROOM_GATEWAY_PORT (8080), NEWSROOM_GATEWAY_MANAGEMENT_PORT (8180: the gateway's actuator, e.g. its readiness),
#   NEWSROOM_ARTICLES_PORT (8081), NEWSROOM_EVENTS_PORT (8082), NEWSROOM_PEOPLE_PORT (8083),
#   NEWSROOM_APP_JVM_OPTIONS, NEWSROOM_READY_TIMEOUT (180 s), NEWSROOM_DEMO (true)
#   LOCAL_STACK_JAVA_OPTS   JVM options of the launcher itself (default -Xmx512m -XX:+UseSerialGC)
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v java >/dev/null; then
  echo "run.sh: Java 17 or newer is needed on the PATH" >&2
  exit 1
fi

if [[ "${1:-}" != "--no-build" ]]; then
  echo "Building (./mvnw -B -q -DskipTests install) ..."
  ./mvnw -B -q -DskipTests install
fi

JAR=local-stack/target/local-stack.jar
if [[ ! -f "$JAR" ]]; then
  echo "run.sh: $JAR is missing; run ./run.sh without --no-build" >&2
  exit 1
fi

# exec: the launcher becomes this process, so Ctrl-C (SIGINT) and SIGTERM reach it directly.
# shellcheck disable=SC2086
exec java ${LOCAL_STACK_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -jar "$JAR"
