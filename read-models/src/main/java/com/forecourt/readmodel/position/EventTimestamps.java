package com.forecourt.readmodel.position;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * When the event at a global position was stored. Opening an event stream at a token to read one timestamp is
 * costly, so with the embedded JDBC event store the column is read directly by global index (one indexed lookup).
 * With Axon Server there is no such table and the answer is empty.
 */
@Component
public class EventTimestamps {

    private final JdbcTemplate jdbc;
    private final String atOrBefore;
    private final String after;

    EventTimestamps(JdbcTemplate jdbc, ObjectProvider<EventStorageEngine> engine, ObjectProvider<EventSchema> schema) {
        this.jdbc = jdbc;
        EventSchema events = schema.getIfAvailable();
        if (engine.getIfAvailable() instanceof JdbcEventStorageEngine && events != null) {
            String table = events.domainEventTable();
            String index = events.globalIndexColumn();
            String time = events.timestampColumn();
            atOrBefore = "select " + time + " from " + table + " where " + index + " <= ? order by " + index
                    + " desc limit 1";
            after = "select " + time + " from " + table + " where " + index + " > ? order by " + index + " limit 1";
        } else {
            atOrBefore = null;
            after = null;
        }
    }

    /** Whether timestamps can be read at all (embedded event store). */
    public boolean available() {
        return atOrBefore != null;
    }

    /**
     * The time of the event at this position, or of the nearest one before it (a gap in the global index), or —
     * when no event is that old — of the first event after it.
     */
    public Optional<Instant> at(long position) {
        if (!available()) {
            return Optional.empty();
        }
        return first(jdbc.queryForList(atOrBefore, String.class, position))
                .or(() -> first(jdbc.queryForList(after, String.class, position)));
    }

    private static Optional<Instant> first(List<String> values) {
        if (values.isEmpty() || values.get(0) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(values.get(0)));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
