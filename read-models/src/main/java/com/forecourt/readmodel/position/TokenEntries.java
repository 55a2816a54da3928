package com.forecourt.readmodel.position;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads a processor's rows of the token store ({@code token_entry}) without claiming them.
 *
 * <p>{@code TokenStore#fetchToken} claims the segment for this node's owner id, which would steal a segment from
 * a processor, or hold it after the processor released it; monitoring must never do that. So the rows are read
 * with plain SQL, through the column names of Axon's {@link TokenSchema}, and the tokens are deserialized with the
 * serializer the token store uses.
 */
@Component
public class TokenEntries {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String select;

    TokenEntries(JdbcTemplate jdbc, Serializer serializer, TokenSchema schema) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.select = "select " + schema.segmentColumn() + ", " + schema.tokenColumn() + ", "
                + schema.tokenTypeColumn() + ", " + schema.ownerColumn() + ", " + schema.timestampColumn()
                + " from " + schema.tokenTable() + " where " + schema.processorNameColumn() + " = ? order by "
                + schema.segmentColumn();
    }

    /** One segment's row: its token (null when nothing was handled yet), owner (null when unclaimed) and time. */
    public record TokenEntry(int segment, TrackingToken token, String owner, Instant timestamp) {
    }

    public List<TokenEntry> read(String processorName) {
        return jdbc.query(select, (row, index) -> new TokenEntry(row.getInt(1),
                token(row.getBytes(2), row.getString(3)), row.getString(4), instant(row.getString(5))), processorName);
    }

    private TrackingToken token(byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, new SimpleSerializedType(type, null)));
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
