package com.forecourt.readmodel.rebuild;

import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a rebuild processor's tokens to the live processor, in the hand-over transaction: the live processor then
 * continues exactly where the rebuild stopped, so the new version gets every event once. The live rows are locked
 * first, so that a node still running the live processor cannot commit a batch across the hand-over.
 */
@Component
class TokenHandOver {

    private final JdbcTemplate jdbc;
    private final TokenSchema schema;

    TokenHandOver(JdbcTemplate jdbc, TokenSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    void lock(String processor) {
        jdbc.queryForList("select " + schema.segmentColumn() + " from " + schema.tokenTable() + " where "
                + schema.processorNameColumn() + " = ? for update", processor);
    }

    /** Replaces {@code to}'s tokens by {@code from}'s, unclaimed, and deletes {@code from}'s. */
    void move(String from, String to) {
        jdbc.update("delete from " + schema.tokenTable() + " where " + schema.processorNameColumn() + " = ?", to);
        jdbc.update("insert into " + schema.tokenTable() + " (" + schema.processorNameColumn() + ", "
                + schema.segmentColumn() + ", " + schema.tokenColumn() + ", " + schema.tokenTypeColumn() + ", "
                + schema.timestampColumn() + ", " + schema.ownerColumn() + ") select ?, " + schema.segmentColumn()
                + ", " + schema.tokenColumn() + ", " + schema.tokenTypeColumn() + ", " + schema.timestampColumn()
                + ", null from " + schema.tokenTable() + " where " + schema.processorNameColumn() + " = ?", to, from);
        delete(from);
    }

    void delete(String processor) {
        jdbc.update("delete from " + schema.tokenTable() + " where " + schema.processorNameColumn() + " = ?", processor);
    }
}
