#!/usr/bin/env bash
# Issue 15's front-end measurement (docs/benchmarks.md, "Lighthouse"): Lighthouse 12.2.3 with Debian's Chromium,
# mobile form factor (Lighthouse's default: simulated slow 4G and a 4x slower CPU), cold cache, on the public home
# page and on the signed-in portal home, three runs each (LIGHTHOUSE_RUNS) of which the median is reported. Prints the
# performance and accessibility scores, FCP, LCP, TBT, CLS, the bytes transferred, and every accessibility audit
# that failed.
#
#   scripts/lighthouse.sh                 measure http://localhost:8080, starting the app there if nothing answers
#   LIGHTHOUSE_URL=http://host:port scripts/lighthouse.sh   measure a PeerProof that already runs elsewhere
#
# Started here, the app is the production jar (app/target/peerproof.jar, built if missing) with demo data in a data
# directory of its own, signing in through scripts/keycloak.sh's Keycloak (started if down); it is stopped again at
# the end. The portal page is measured signed in as a demo advocate: a scripted login through Keycloak's form
# (curl) yields the session cookie, which scripts/lighthouse-page.mjs puts into the browser before the run. Reports
# (HTML and JSON) are kept in app/target/lighthouse/. Lighthouse and its Chromium driver (puppeteer-core) come from
# npm into the cache; neither downloads a browser of its own. The measurement holds /tmp/peerproof-app.lock, as the
# benchmark and the app tests do, so neither distorts the other (LIGHTHOUSE_NO_LOCK=1 skips that, for quick looks
# while something else runs). A run that does not end on the page it measures (a sign-in that did not hold) fails.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PEERPROOF_ROOT"

LIGHTHOUSE_VERSION="12.2.3"
BASE_URL="${LIGHTHOUSE_URL:-http://localhost:8080}"
ADVOCATE="${LIGHTHOUSE_ADVOCATE:-advocate1@peerproof.test}"
PASSWORD="${LIGHTHOUSE_PASSWORD:-peerproof}"
OUT_DIR="$PEERPROOF_ROOT/app/target/lighthouse"
# Runs per page, each in a fresh browser profile; the median by performance score is reported.
RUNS="${LIGHTHOUSE_RUNS:-3}"
LH_DIR="$PEERPROOF_CACHE/lighthouse-$LIGHTHOUSE_VERSION"
export CHROME_PATH=/usr/bin/chromium
# Lighthouse drives Chromium through puppeteer-core, which has no browser to fetch; keep it that way.
export PUPPETEER_SKIP_DOWNLOAD=1

ensure_chromium
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  log "Installing lighthouse@$LIGHTHOUSE_VERSION into $LH_DIR"
  mkdir -p "$LH_DIR"
  npm install --prefix "$LH_DIR" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
fi

WORK="$(mktemp -d)"
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then
    log "Stopping the app this script started (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

answers() { curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$BASE_URL/" | grep -q '^200$'; }

if ! answers; then
  if [ -n "${LIGHTHOUSE_URL:-}" ]; then
    log "Nothing answers at $BASE_URL"
    exit 1
  fi
  if [ ! -f app/target/peerproof.jar ]; then
    log "Building the production jar (mvn package, tests skipped)"
    mvn -B -ntp -q -DskipTests package
  fi
  bash scripts/keycloak.sh start
  log "Starting PeerProof (production bundle, demo data) on $BASE_URL"
  # A copy: a build during the measurement (the tests rebuild the jar) must not change the running app's classes.
  cp app/target/peerproof.jar "$WORK/peerproof.jar"
  PEERPROOF_DATA_DIR="$PEERPROOF_CACHE/lighthouse-data" \
    PEERPROOF_MANAGEMENT_PORT="${LIGHTHOUSE_MANAGEMENT_PORT:-9190}" \
    java -jar "$WORK/peerproof.jar" --spring.profiles.active=demo --server.port="${BASE_URL##*:}" \
    > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    answers && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log" >&2; log "The app did not start"; exit 1; }
    sleep 1
  done
  answers || { tail -50 "$WORK/app.log" >&2; log "The app did not answer at $BASE_URL within 3 minutes"; exit 1; }
fi

# The scripted sign-in: the app's OIDC redirect to Keycloak's login form, the form posted, the redirects back
# followed; the app's session cookie is what a signed-in browser holds.
log "Signing in as $ADVOCATE"
JAR="$WORK/cookies"
curl -s -L -c "$JAR" -b "$JAR" -o "$WORK/login.html" "$BASE_URL/oauth2/authorization/keycloak"
ACTION="$(grep -o '<form[^>]*id="kc-form-login"[^>]*' "$WORK/login.html" \
  | sed -n 's/.*action="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g')"
[ -n "$ACTION" ] || { log "No Keycloak login form at $BASE_URL/oauth2/authorization/keycloak"; exit 1; }
curl -s -L -c "$JAR" -b "$JAR" -o /dev/null \
  --data-urlencode "username=$ADVOCATE" --data-urlencode "password=$PASSWORD" --data-urlencode "credentialId=" "$ACTION"
HOST="$(printf '%s' "$BASE_URL" | sed -E 's#^https?://([^:/]+).*#\1#')"
SESSION="$(awk -v host="$HOST" '($1 == host || $1 == "#HttpOnly_" host) && $6 == "JSESSIONID" { v = $7 }
  END { print v }' "$JAR")"
[ -n "$SESSION" ] || { log "The sign-in gave no session cookie"; exit 1; }

mkdir -p "$OUT_DIR"
cp scripts/lighthouse-page.mjs "$LH_DIR/"
RESULTS="$WORK/results"
run_lighthouse() { # name url [cookie]
  log "Lighthouse: $1 ($2), $RUNS runs"
  node "$LH_DIR/lighthouse-page.mjs" "$1" "$2" "$OUT_DIR" "$WORK" "$RUNS" "${3:-}" >> "$RESULTS"
}

exec 9>/tmp/peerproof-app.lock
if [ "${LIGHTHOUSE_NO_LOCK:-0}" != 1 ]; then
  log "Waiting for /tmp/peerproof-app.lock, then measuring"
  flock 9
fi
FAILED=0
run_lighthouse home "$BASE_URL/" || FAILED=1
run_lighthouse portal "$BASE_URL/portal" "JSESSIONID=$SESSION" || FAILED=1
flock -u 9

echo "Lighthouse $LIGHTHOUSE_VERSION, $(chromium --version 2>/dev/null | head -1), mobile, cold cache, $BASE_URL"
cat "$RESULTS"
echo "Reports: $OUT_DIR/{home,portal}.report.html"
exit "$FAILED"
