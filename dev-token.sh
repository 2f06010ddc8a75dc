#!/usr/bin/env bash
# Prints a bearer token for the local stack (./run.sh), signed with the key the stack created in its data folder on
# its first start. Only the token goes to stdout; its scopes and expiry go to stderr. Example:
#   TOKEN=$(./dev-token.sh articles:write)
#   curl -X POST localhost:8080/api/articles -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d ...
#
# Usage: ./dev-token.sh [--ttl DURATION] [SCOPE ...]
#   SCOPE          articles:write, events:write, people:write, drafts:read, webhooks:admin (default: all five)
#   --ttl DURATION how long the token is valid: 90s, 30m, 12h, 2d or ISO-8601 such as PT1H (default 12h)
# Settings as for run.sh: NEWSROOM_DATA_DIR (./data), or -Dnewsroom.data-dir=... in LOCAL_STACK_JAVA_OPTS.
# Needs the built launcher jar (./run.sh builds it).
set -euo pipefail
cd "$(dirname "$0")"

JAR=local-stack/target/local-stack.jar
if [[ ! -f "$JAR" ]]; then
  echo "dev-token.sh: $JAR is missing; build it with ./run.sh (or ./mvnw -B -q -DskipTests install)" >&2
  exit 1
fi

# The launcher jar is a Spring Boot jar whose main class starts the stack; PropertiesLauncher runs another main class
# (loader.main) from the same jar. A token needs no JIT and no log (slf4j.provider).
# shellcheck disable=SC2086
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -Dslf4j.provider=org.slf4j.helpers.NOPServiceProvider ${LOCAL_STACK_JAVA_OPTS:-} \
  -Dloader.main=dk.newsroom.localstack.token.DevToken \
  -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
