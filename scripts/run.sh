#!/usr/bin/env bash
# The README run command: builds PeerProof and serves it on http://localhost:8080 with demo data
# in an embedded, file-based database (no set-up), signing people in through a real Keycloak on
# http://localhost:8180 (started here, or reused if it already runs) and catching every mail it sends in a local
# GreenMail (SMTP 3025, read at http://localhost:8025). Extra arguments go to the application.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PEERPROOF_ROOT"

log "Building (mvn package, tests skipped: run scripts/test.sh for those)"
mvn -B -ntp -q -DskipTests package

bash scripts/keycloak.sh start
bash scripts/mail-catcher.sh start

log "Starting PeerProof on http://localhost:${PORT:-8080} (data in ${PEERPROOF_DATA_DIR:-$HOME/.peerproof})"
exec java -jar app/target/peerproof.jar --spring.profiles.active="${SPRING_PROFILES_ACTIVE:-demo}" "$@"
