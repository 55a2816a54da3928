package com.forecourt.readmodel.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rebuilds in flight, in table {@code projection_rebuild}: shared by every node, so one rebuild per projection
 * runs across all of them, every node reports it, and a node adopts a rebuild whose owner stopped beating.
 */
@Component
class RebuildRegistry {

    /** One rebuild in flight. */
    public record Rebuild(String projection, int targetVersion, long startPosition, long targetPosition, Instant startedAt,
                   String owner, Instant heartbeat) {
    }

    private static final RowMapper<Rebuild> ROW = (row, index) -> new Rebuild(row.getString("projection"),
            row.getInt("target_version"), row.getLong("start_position"), row.getLong("target_position"),
            row.getTimestamp("started_at").toInstant(), row.getString("owner"), row.getTimestamp("heartbeat").toInstant());

    private final JdbcTemplate jdbc;

    RebuildRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a rebuild unless one of the projection is in flight; false when one is. */
    boolean claim(Rebuild rebuild) {
        return jdbc.update("insert into projection_rebuild (projection, target_version, start_position, "
                        + "target_position, started_at, owner, heartbeat) values (?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (projection) do nothing", rebuild.projection(), rebuild.targetVersion(),
                rebuild.startPosition(), rebuild.targetPosition(), Timestamp.from(rebuild.startedAt()),
                rebuild.owner(), Timestamp.from(rebuild.heartbeat())) == 1;
    }

    Optional<Rebuild> find(String projection) {
        return jdbc.query("select * from projection_rebuild where projection = ?", ROW, projection).stream().findFirst();
    }

    List<Rebuild> all() {
        return jdbc.query("select * from projection_rebuild order by projection", ROW);
    }

    /** Renews the owner's lease; false when another node has adopted the rebuild meanwhile. */
    boolean beat(String projection, String owner, Instant now) {
        return jdbc.update("update projection_rebuild set heartbeat = ? where projection = ? and owner = ?",
                Timestamp.from(now), projection, owner) == 1;
    }

    /** Takes over a rebuild whose owner stopped beating; false when another node was quicker. */
    boolean adopt(Rebuild rebuild, String owner, Instant now) {
        return jdbc.update("update projection_rebuild set owner = ?, heartbeat = ? where projection = ? "
                        + "and owner = ? and heartbeat = ?", owner, Timestamp.from(now), rebuild.projection(),
                rebuild.owner(), Timestamp.from(rebuild.heartbeat())) == 1;
    }

    /** Ends a rebuild: in the hand-over transaction, or when it is abandoned. */
    void remove(String projection) {
        jdbc.update("delete from projection_rebuild where projection = ?", projection);
    }
}
