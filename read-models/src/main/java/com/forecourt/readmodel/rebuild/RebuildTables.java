package com.forecourt.readmodel.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL side of a rebuild: the next version of a projection's tables is built in a schema of its own,
 * {@code rebuild_<projection>}, under the same table names, and moved into the live schema in the hand-over
 * transaction. The projectors need no change: the rebuild's transactions put that schema first on their
 * {@code search_path}, so the same unqualified SQL and JPA mappings reach the new tables.
 *
 * <p>Tables are copied column for column; constraints and indexes are recreated from the live catalogue under
 * their live names, so Flyway migrations that name them keep working after any number of rebuilds. Secondary
 * indexes are created only once the table is filled, which is faster than maintaining them row by row.
 */
@Component
class RebuildTables {

    private static final Pattern ON_TABLE = Pattern.compile(" ON (ONLY )?(\\S+) USING ");

    private final JdbcTemplate jdbc;
    private volatile String liveSchema;

    RebuildTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The schema the read models are served from: the connection's own. */
    String liveSchema() {
        String schema = liveSchema;
        if (schema == null) {
            schema = jdbc.queryForObject("select current_schema()", String.class);
            liveSchema = schema;
        }
        return schema;
    }

    /** The schema a projection's next version is built in. */
    static String schemaOf(String projection) {
        return "rebuild_" + projection.replaceAll("[^A-Za-z0-9]", "_").toLowerCase();
    }

    /** Whether the rebuild schema holds every table, i.e. a rebuild interrupted by a crash can resume. */
    boolean prepared(String projection, List<String> tables) {
        Integer found = jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ? "
                + "and table_name = any(?)", Integer.class, schemaOf(projection), tables.toArray(String[]::new));
        return found != null && found == tables.size();
    }

    /** Drops what an earlier attempt left, and creates empty copies of the live tables with their constraints. */
    void prepare(String projection, List<String> tables) {
        String schema = schemaOf(projection);
        jdbc.execute("drop schema if exists " + schema + " cascade");
        jdbc.execute("create schema " + schema);
        for (String table : tables) {
            jdbc.execute("create table " + schema + "." + table + " (like " + qualified(table)
                    + " including defaults including generated including identity including storage)");
            for (Map<String, Object> constraint : jdbc.queryForList("select conname, pg_get_constraintdef(oid) as def "
                    + "from pg_constraint where conrelid = ?::regclass and contype in ('p', 'u', 'c', 'x')",
                    qualified(table))) {
                jdbc.execute("alter table " + schema + "." + table + " add constraint " + constraint.get("conname")
                        + " " + constraint.get("def"));
            }
        }
    }

    /** Creates the live tables' other indexes on the new tables, under the same names. */
    void createSecondaryIndexes(String projection, List<String> tables) {
        String schema = schemaOf(projection);
        for (String table : tables) {
            List<Map<String, Object>> indexes = jdbc.queryForList("select i.indexname, i.indexdef from pg_indexes i "
                    + "where i.schemaname = ? and i.tablename = ? and not exists (select 1 from pg_constraint c "
                    + "where c.conrelid = ?::regclass and c.conname = i.indexname)", liveSchema(), table,
                    qualified(table));
            for (Map<String, Object> index : indexes) {
                String name = (String) index.get("indexname");
                Integer exists = jdbc.queryForObject("select count(*) from pg_indexes where schemaname = ? "
                        + "and indexname = ?", Integer.class, schema, name);
                if (exists != null && exists == 0) {
                    jdbc.execute(onTable((String) index.get("indexdef"), schema + "." + table));
                }
            }
        }
    }

    /**
     * Replaces the live tables with the new ones. Call it inside the hand-over transaction: DDL in PostgreSQL is
     * transactional, so readers see the old tables until the commit and the new ones after it, never neither.
     */
    void swapIn(String projection, List<String> tables) {
        String schema = schemaOf(projection);
        for (String table : tables) {
            jdbc.execute("drop table " + qualified(table));
            jdbc.execute("alter table " + schema + "." + table + " set schema " + liveSchema());
        }
        jdbc.execute("drop schema " + schema);
    }

    /** Drops the schema of a rebuild that will not complete. */
    void discard(String projection) {
        jdbc.execute("drop schema if exists " + schemaOf(projection) + " cascade");
    }

    private String qualified(String table) {
        return liveSchema() + "." + table;
    }

    private static String onTable(String indexDefinition, String table) {
        Matcher matcher = ON_TABLE.matcher(indexDefinition);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected index definition: " + indexDefinition);
        }
        return indexDefinition.substring(0, matcher.start()) + " ON " + table + " USING "
                + indexDefinition.substring(matcher.end());
    }
}
