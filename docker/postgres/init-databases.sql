-- Runs once, when the postgres container starts on an empty data volume (/docker-entrypoint-initdb.d), as
-- POSTGRES_USER. One server, one database per side: each side owns its tables and migrates them with Flyway,
-- so neither can read or lock the other's. Changing this file later has no effect on an existing volume.
CREATE DATABASE forecourt_command;
CREATE DATABASE forecourt_query;
