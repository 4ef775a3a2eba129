#!/bin/bash
# Run once by the mariadb image on an empty data volume (docker-entrypoint-initdb.d), as root.
# The app's user and the audit exporter's user start with no rights: the app applies the changelog
# as root (DB_OWNER_USER) and the changelog grants each what it may do (README, "Database users").
set -euo pipefail
mariadb --protocol=socket -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE USER IF NOT EXISTS '${SANGSAENG_APP_USER}'@'%' IDENTIFIED BY '${SANGSAENG_APP_PASSWORD}';
CREATE USER IF NOT EXISTS '${SANGSAENG_AUDIT_USER}'@'%' IDENTIFIED BY '${SANGSAENG_AUDIT_PASSWORD}';
SQL
