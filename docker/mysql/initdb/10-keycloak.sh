#!/bin/bash
# Runs once, when the mysql container starts on an empty data volume (/docker-entrypoint-initdb.d).
# The image itself creates PeerProof's schema and user (MYSQL_DATABASE / MYSQL_USER); this adds Keycloak's
# own schema and user beside it, so Keycloak and the app share the server but not tables or credentials.
# The image sources this file (or runs it, if executable): keep to plain commands, no "set -u".
set -e
if [ -z "${KEYCLOAK_DB_PASSWORD:-}" ]; then
  echo "10-keycloak.sh: KEYCLOAK_DB_PASSWORD is not set" >&2
  exit 1
fi
kc_password_sql="${KEYCLOAK_DB_PASSWORD//\'/\'\'}"
mysql --protocol=socket -uroot -p"${MYSQL_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS \`keycloak\` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${kc_password_sql}';
GRANT ALL PRIVILEGES ON \`keycloak\`.* TO 'keycloak'@'%';
SQL
echo "10-keycloak.sh: schema keycloak and user keycloak ready"
