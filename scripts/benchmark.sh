#!/usr/bin/env bash
# Issue 15's scale benchmark (docs/benchmarks.md): generates a large program into the MariaDB schema peerproof_bench
# (dropped and recreated) and times ranking, directory and metrics on it. Sizes: 1k, 10k, 100k (the default: all
# three, which rewrites docs/benchmarks.md) or any number of advocates; other sizes write
# benchmarks/target/benchmarks.md.
#   scripts/benchmark.sh            all published sizes, about 6 minutes on 2 cores
#   scripts/benchmark.sh 10k        one size
# The measurements hold /tmp/peerproof-app.lock, as the app tests do, so neither distorts the other.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PEERPROOF_ROOT"

ensure_mariadb

log "Building the benchmark and the modules it measures (mvn package, tests skipped)"
mvn -B -ntp -q -pl benchmarks -am -DskipTests package

log "Waiting for /tmp/peerproof-app.lock, then measuring: $*"
exec flock /tmp/peerproof-app.lock java -Xms3g -Xmx3g -XX:+UseG1GC -Duser.timezone=UTC \
  -Dpeerproof.benchmark.command="scripts/benchmark.sh${*:+ $*}" \
  -jar benchmarks/target/peerproof-benchmarks.jar "$@"
