package com.forecourt.readmodel.catalogue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The version of each projection's read model that is live, from table {@code projection_version}. A projection
 * without a row has never been rebuilt and is at version 1.
 */
@Component
public class ReadModelVersions {

    /** The version every read model starts at. */
    public static final int FIRST = 1;

    private final JdbcTemplate jdbc;

    ReadModelVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The live version of a projection's read model. */
    public int active(String projection) {
        List<Integer> versions = jdbc.queryForList(
                "select active_version from projection_version where projection = ?", Integer.class, projection);
        return versions.isEmpty() ? FIRST : versions.get(0);
    }

    /** Records a new live version; call it in the transaction that swaps the new version in. */
    public void activate(String projection, int version) {
        jdbc.update("insert into projection_version (projection, active_version) values (?, ?) "
                + "on conflict (projection) do update set active_version = excluded.active_version", projection, version);
    }
}
