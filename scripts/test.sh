#!/usr/bin/env bash
# The README test command: installs what a fresh machine lacks, starts what the tests need, runs every test.
#   MariaDB on 127.0.0.1:3306 (repository, migration and integration tests run against it)
#   Debian's Chromium + chromedriver (browser tests; no test tool downloads a browser)
#   axe-core from the npm registry (the browser tests' accessibility checks)
#   Keycloak on http://localhost:8180 with the realm from docker/keycloak (sign-in and API tests)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PEERPROOF_ROOT"

ensure_mariadb
ensure_chromium
ensure_axe
bash scripts/keycloak.sh start

log "Running the build and every test (mvn verify) with $(java -version 2>&1 | head -1)"
exec mvn -B -ntp verify "$@"
