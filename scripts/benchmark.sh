#!/usr/bin/env bash
# Issue 15's scale benchmark (docs/benchmarks.md): generates a large program into the MariaDB schema peerproof_bench
# (dropped and recreated) and times ranking, directory and metrics on it. Sizes: 1k, 10k, 100k (the default: all
# three, which rewrites docs/benchmarks.md) or any number of advocates; other sizes write
# benchmarks/target/benchmarks.md. "api" measures the JSON API at 50 concurrent clients: the real app
# (app/target/peerproof.jar, production profile, port 18090) with the real Keycloak of scripts/keycloak.sh.
#   scripts/benchmark.sh            all published sizes and the API at 100k, about 10 minutes on 2 cores
#   scripts/benchmark.sh 10k        one size
#   scripts/benchmark.sh api        the API on a fresh 100k data set: replaces the API section of docs/benchmarks.md
# PEERPROOF_BENCHMARK_APP_JAVA_OPTIONS adds JVM options to the measured app, e.g. a flight recording:
#   PEERPROOF_BENCHMARK_APP_JAVA_OPTIONS="-XX:StartFlightRecording=filename=/tmp/api.jfr" scripts/benchmark.sh api
# The measurements hold /tmp/peerproof-app.lock, as the app tests do, so neither distorts the other.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PEERPROOF_ROOT"

ensure_mariadb

# The API is measured by the published run (no sizes) and by "api".
modules=benchmarks
if [ "$#" -eq 0 ] || [[ " $* " == *" api "* ]]; then
  modules=benchmarks,app
  bash scripts/keycloak.sh start
fi

log "Building the benchmark and the modules it measures (mvn package, tests skipped)"
mvn -B -ntp -q -pl "$modules" -am -DskipTests package

log "Waiting for /tmp/peerproof-app.lock, then measuring: $*"
exec flock /tmp/peerproof-app.lock java -Xms3g -Xmx3g -XX:+UseG1GC -Duser.timezone=UTC \
  -Dpeerproof.benchmark.command="scripts/benchmark.sh${*:+ $*}" \
  -jar benchmarks/target/peerproof-benchmarks.jar "$@"
