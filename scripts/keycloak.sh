#!/usr/bin/env bash
# Development Keycloak for PeerProof: the realm docker/keycloak/advocate-hub-realm.json on http://localhost:8180,
# with the PeerProof login theme from docker/keycloak/themes.
#
#   scripts/keycloak.sh [start]   download (once, via Maven Central), import the realm, start, wait until ready
#   scripts/keycloak.sh stop      stop the Keycloak this script started (pid file)
#   scripts/keycloak.sh status    show whether it runs and answers
#
# DEV ONLY: start-dev mode, an embedded H2 database under the distribution's data/ directory and the
# bootstrap admin admin/admin for the master-realm admin console (http://localhost:8180/admin).
# Demo users of the advocate-hub realm all have the password "peerproof" (see the realm file).
#
# Environment (all optional):
#   KEYCLOAK_PORT                  HTTP port (default 8180)
#   KEYCLOAK_MANAGEMENT_PORT       management port serving /health (default 9180; Keycloak's own default 9000)
#   KEYCLOAK_HTTP_HOST             bind address (default: Keycloak's dev default, localhost)
#   KEYCLOAK_START_TIMEOUT         seconds to wait for readiness (default 180)
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD   master admin (default admin/admin, dev only)
#   PEERPROOF_OIDC_CLIENT_SECRET   secret of client peerproof-web (default "peerproof-dev-secret")
#   PEERPROOF_PUBLIC_URL           app URL for redirect URIs / web origins (default http://localhost:8080)
#
# Re-import: Keycloak's --import-realm skips realms that already exist, so a change of the realm file (or of the
# environment values substituted into it at import) would otherwise never reach a dev database that already has
# the realm. The script keeps a checksum of those inputs next to the data; when it differs, the dev database
# (data/h2) is discarded before start, so the import runs on a clean database. Anything created by hand in the
# dev Keycloak (self-registered users, admin console changes) is lost then - by design; put lasting changes into
# the realm file.
#
# Themes: every start copies docker/keycloak/themes/* into the distribution's themes/ directory, where Keycloak
# reads them without a build step; start-dev does not cache themes, so a running Keycloak shows the copy at once.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

KEYCLOAK_VERSION="26.7.3"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"
REALM="advocate-hub"
REALM_FILE="$PEERPROOF_ROOT/docker/keycloak/advocate-hub-realm.json"
THEMES_DIR="$PEERPROOF_ROOT/docker/keycloak/themes"

KC_HOME="$PEERPROOF_CACHE/keycloak-$KEYCLOAK_VERSION"
PID_FILE="$PEERPROOF_CACHE/keycloak.pid"
LOG_FILE="$PEERPROOF_CACHE/keycloak.log"
STAMP_FILE="$KC_HOME/data/peerproof-realm.sha256"

BASE_URL="http://localhost:$KEYCLOAK_PORT"
DISCOVERY_URL="$BASE_URL/realms/$REALM/.well-known/openid-configuration"
HEALTH_URL="http://localhost:$KEYCLOAK_MANAGEMENT_PORT/health/ready"

mkdir -p "$PEERPROOF_CACHE"

now() { date +%s.%N; }
elapsed_since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }'; }

# The pid of the Keycloak this script started, if it is still alive.
running_pid() {
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  printf '%s\n' "$pid"
}

realm_answers() {
  curl -fsS -m 5 "$DISCOVERY_URL" 2>/dev/null | grep -q "\"issuer\":\"$BASE_URL/realms/$REALM\""
}

healthy() {
  curl -fsS -m 5 "$HEALTH_URL" 2>/dev/null | tr -d ' \n' | grep -q '"status":"UP"'
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$KEYCLOAK_PORT") 2>/dev/null
}

# Everything that decides the imported realm: the file, the values substituted into it, the Keycloak version.
realm_checksum() {
  {
    cat "$REALM_FILE"
    printf '\nsecret=%s\npublic-url=%s\nversion=%s\n' \
      "${PEERPROOF_OIDC_CLIENT_SECRET:-}" "${PEERPROOF_PUBLIC_URL:-}" "$KEYCLOAK_VERSION"
  } | sha256sum | cut -d' ' -f1
}

ensure_distribution() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  log "Fetching Keycloak $KEYCLOAK_VERSION (org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip) through Maven"
  local tmp
  tmp="$(mktemp -d "$PEERPROOF_CACHE/.keycloak-download.XXXXXX")"
  # Run outside the project so the reactor is not involved; Maven's own warnings only matter on failure.
  if ! (cd "$tmp" && mvn -q -B dependency:copy \
          "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
          "-DoutputDirectory=$tmp" >"$tmp/mvn.log" 2>&1); then
    cat "$tmp/mvn.log" >&2
    log "Could not download the Keycloak distribution"
    rm -rf "$tmp"
    exit 1
  fi
  log "Unpacking into $KC_HOME"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$tmp/unpacked"
  else
    python3 -m zipfile -e "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" "$tmp/unpacked"
    chmod +x "$tmp/unpacked/keycloak-$KEYCLOAK_VERSION"/bin/*.sh
  fi
  mv "$tmp/unpacked/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

# Replaces each of the project's themes in the distribution by the project's current copy.
install_themes() {
  local theme name
  for theme in "$THEMES_DIR"/*/; do
    [ -d "$theme" ] || continue
    name="$(basename "$theme")"
    rm -rf "$KC_HOME/themes/$name.new"
    cp -R "$theme" "$KC_HOME/themes/$name.new"
    rm -rf "$KC_HOME/themes/$name"
    mv "$KC_HOME/themes/$name.new" "$KC_HOME/themes/$name"
  done
}

print_log_tail() {
  if [ -f "$LOG_FILE" ]; then
    log "Last lines of $LOG_FILE:"
    tail -n 60 "$LOG_FILE" >&2
  fi
}

# Waits until the management health endpoint says UP and the realm's discovery document answers.
wait_until_ready() {
  local pid="$1" deadline=$((SECONDS + KEYCLOAK_START_TIMEOUT))
  until healthy; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "Keycloak (pid $pid) exited during start-up"
      print_log_tail
      rm -f "$PID_FILE"
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "Keycloak not healthy at $HEALTH_URL after ${KEYCLOAK_START_TIMEOUT}s"
      print_log_tail
      return 1
    fi
    sleep 1
  done
  until realm_answers; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "Keycloak is up, but realm $REALM does not answer at $DISCOVERY_URL (import failed?)"
      print_log_tail
      return 1
    fi
    sleep 1
  done
}

cmd_start() {
  local pid checksum started
  checksum="$(realm_checksum)"

  if pid="$(running_pid)"; then
    if [ "$(cat "$STAMP_FILE" 2>/dev/null || true)" = "$checksum" ]; then
      if ! realm_answers; then
        log "Keycloak (pid $pid) is still starting; waiting"
        started="$(now)"
        wait_until_ready "$pid"
        log "Keycloak ready after another $(elapsed_since "$started") s"
      fi
      install_themes
      log "Keycloak already running (pid $pid) with the current realm: $BASE_URL/realms/$REALM"
      return 0
    fi
    log "Realm file or its import settings changed since Keycloak (pid $pid) imported it; restarting"
    cmd_stop
  elif realm_answers; then
    log "A Keycloak not started by this script already serves realm $REALM at $BASE_URL; reusing it as is"
    return 0
  elif port_in_use; then
    log "Port $KEYCLOAK_PORT is taken by something that does not serve realm $REALM; set KEYCLOAK_PORT to another port"
    exit 1
  fi

  ensure_distribution
  install_themes

  if [ "$(cat "$STAMP_FILE" 2>/dev/null || true)" != "$checksum" ]; then
    if [ -d "$KC_HOME/data/h2" ]; then
      log "Realm file or its import settings changed since the last import: discarding the dev database $KC_HOME/data/h2"
    fi
    rm -rf "$KC_HOME/data/h2" "$STAMP_FILE"
  fi
  mkdir -p "$KC_HOME/data/import"
  find "$KC_HOME/data/import" -maxdepth 1 -name '*.json' -delete
  cp "$REALM_FILE" "$KC_HOME/data/import/"

  local -a args=(start-dev --import-realm
    "--http-port=$KEYCLOAK_PORT"
    "--http-management-port=$KEYCLOAK_MANAGEMENT_PORT"
    --health-enabled=true)
  if [ -n "${KEYCLOAK_HTTP_HOST:-}" ]; then
    args+=("--http-host=$KEYCLOAK_HTTP_HOST")
  fi
  # Without this the management interface listens on all addresses even though dev mode binds HTTP to localhost.
  args+=("--http-management-host=${KEYCLOAK_HTTP_HOST:-localhost}")

  log "Starting Keycloak $KEYCLOAK_VERSION on $BASE_URL (management $HEALTH_URL), log $LOG_FILE"
  started="$(now)"
  # setsid: Keycloak gets its own process group, so stop can end kc.sh and its JVM together. setsid forks
  # when the caller already leads a process group, so the new session leader writes its own pid file.
  rm -f "$PID_FILE"
  (
    cd "$KC_HOME"
    # Keycloak outlives this script: it must not keep the caller's open files, such as the lock of a
    # "flock LOCK scripts/keycloak.sh start", which would stay held as long as Keycloak runs.
    for fd in /proc/"$BASHPID"/fd/*; do
      fd="${fd##*/}"
      if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
    # shellcheck disable=SC2016  # $$ and $@ belong to the inner shell
    exec setsid bash -c 'echo $$ >"$0"; exec bin/kc.sh "$@"' "$PID_FILE" "${args[@]}"
  ) >"$LOG_FILE" 2>&1 </dev/null &
  for _ in $(seq 1 50); do
    [ -s "$PID_FILE" ] && break
    sleep 0.1
  done
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  if [ -z "$pid" ]; then
    log "Keycloak did not start (no pid file)"
    print_log_tail
    exit 1
  fi

  wait_until_ready "$pid"
  echo "$checksum" >"$STAMP_FILE"
  log "Keycloak ready in $(elapsed_since "$started") s (pid $pid): $BASE_URL/realms/$REALM (admin console $BASE_URL/admin, admin/admin)"
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    log "Keycloak is not running (no live pid in $PID_FILE)"
    rm -f "$PID_FILE"
    return 0
  fi
  log "Stopping Keycloak (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "Keycloak did not stop within 30 s; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  log "Keycloak stopped"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    log "Keycloak process: running (pid $pid, $KC_HOME)"
  else
    log "Keycloak process: not started by this script"
  fi
  if healthy; then log "Health $HEALTH_URL: UP"; else log "Health $HEALTH_URL: not UP"; fi
  if realm_answers; then
    log "Realm $REALM: answering at $BASE_URL/realms/$REALM"
    return 0
  fi
  log "Realm $REALM: not answering at $DISCOVERY_URL"
  return 3
}

case "${1:-start}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac
