#!/usr/bin/env bash
# Development mail catch-all for PeerProof: GreenMail standalone accepts every mail PeerProof sends and keeps it
# for reading. Nothing leaves the machine.
#
#   scripts/mail-catcher.sh [start]   download (once, via Maven Central), start, wait until ready
#   scripts/mail-catcher.sh stop      stop the GreenMail this script started (pid file)
#   scripts/mail-catcher.sh status    show whether it runs and answers
#
# Reading the mail:
#   web/API   http://localhost:8025 (Swagger UI); recipients: curl http://localhost:8025/api/user
#             one inbox: curl http://localhost:8025/api/user/advocate1@peerproof.test/messages/
#   IMAP      localhost:3143, user = the recipient's address, any password (e.g. in Thunderbird)
#
# Environment (all optional): MAIL_SMTP_PORT (3025), MAIL_IMAP_PORT (3143), MAIL_API_PORT (8025).
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

GREENMAIL_VERSION="2.1.13"
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_IMAP_PORT="${MAIL_IMAP_PORT:-3143}"
MAIL_API_PORT="${MAIL_API_PORT:-8025}"
JAR="$PEERPROOF_CACHE/greenmail-standalone-$GREENMAIL_VERSION.jar"
PID_FILE="$PEERPROOF_CACHE/greenmail.pid"
LOG_FILE="$PEERPROOF_CACHE/greenmail.log"
READY_URL="http://localhost:$MAIL_API_PORT/api/service/readiness"

mkdir -p "$PEERPROOF_CACHE"

running_pid() {
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  printf '%s\n' "$pid"
}

ready() {
  curl -fsS -m 3 "$READY_URL" >/dev/null 2>&1
}

ensure_jar() {
  [ -f "$JAR" ] && return 0
  log "Fetching GreenMail $GREENMAIL_VERSION (com.icegreen:greenmail-standalone) through Maven"
  local tmp
  tmp="$(mktemp -d "$PEERPROOF_CACHE/.greenmail-download.XXXXXX")"
  if ! (cd "$tmp" && mvn -q -B dependency:copy \
          "-Dartifact=com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
          "-DoutputDirectory=$tmp" >"$tmp/mvn.log" 2>&1); then
    cat "$tmp/mvn.log" >&2
    log "Could not download GreenMail"
    rm -rf "$tmp"
    exit 1
  fi
  mv "$tmp/greenmail-standalone-$GREENMAIL_VERSION.jar" "$JAR"
  rm -rf "$tmp"
}

cmd_start() {
  local pid
  if pid="$(running_pid)"; then
    log "Mail catcher already running (pid $pid): http://localhost:$MAIL_API_PORT"
    return 0
  fi
  if ready; then
    log "A GreenMail not started by this script answers on port $MAIL_API_PORT; reusing it"
    return 0
  fi
  ensure_jar
  log "Starting GreenMail $GREENMAIL_VERSION: SMTP localhost:$MAIL_SMTP_PORT, IMAP localhost:$MAIL_IMAP_PORT, web/API http://localhost:$MAIL_API_PORT (log $LOG_FILE)"
  # Bound to localhost only; any user/password is accepted so every recipient's inbox can be read.
  nohup java \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$MAIL_IMAP_PORT" \
    -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$JAR" >"$LOG_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  for _ in $(seq 1 60); do
    if ready; then
      log "Mail catcher ready (pid $pid): read mail at http://localhost:$MAIL_API_PORT"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "GreenMail exited during start-up:"
      tail -n 40 "$LOG_FILE" >&2
      rm -f "$PID_FILE"
      exit 1
    fi
    sleep 1
  done
  log "GreenMail not ready at $READY_URL after 60 s"
  tail -n 40 "$LOG_FILE" >&2
  exit 1
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    log "Mail catcher is not running (no live pid in $PID_FILE)"
    rm -f "$PID_FILE"
    return 0
  fi
  log "Stopping mail catcher (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
}

cmd_status() {
  if pid="$(running_pid)"; then log "Mail catcher process: running (pid $pid)"; else log "Mail catcher process: not started by this script"; fi
  if ready; then log "Ready: http://localhost:$MAIL_API_PORT"; return 0; fi
  log "Not answering at $READY_URL"
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
