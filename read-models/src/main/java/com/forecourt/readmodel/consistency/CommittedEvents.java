package com.forecourt.readmodel.consistency;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of some global indexes hold a committed event, for the gap-aware tokens of the embedded JDBC event store
 * (one indexed lookup). Axon Server's tokens have no gaps, so there it is never asked.
 */
@Component
class CommittedEvents {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String index;

    CommittedEvents(JdbcTemplate jdbc, ObjectProvider<EventStorageEngine> engine, ObjectProvider<EventSchema> schema) {
        this.jdbc = jdbc;
        EventSchema events = schema.getIfAvailable();
        boolean jdbcStore = engine.getIfAvailable() instanceof JdbcEventStorageEngine && events != null;
        this.table = jdbcStore ? events.domainEventTable() : null;
        this.index = jdbcStore ? events.globalIndexColumn() : null;
    }

    /** The indexes among {@code positions} that hold a committed event; all of them when that cannot be told. */
    Set<Long> among(Set<Long> positions) {
        if (table == null || positions.isEmpty()) {
            return positions;
        }
        String list = positions.stream().map(String::valueOf).collect(Collectors.joining(","));
        return new HashSet<>(jdbc.queryForList("select " + index + " from " + table + " where " + index
                + " in (" + list + ")", Long.class));
    }
}
