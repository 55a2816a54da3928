package com.forecourt.readmodel.deadletter;

import com.forecourt.readmodel.elasticsearch.DocumentRejectedException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What admins read about a projection's failure (a dead letter's cause, a projection's {@code error}): the failure's
 * type and what went wrong, without the data that failed. A store's refusal is described by what it refused and
 * where ({@code PostgreSQL refused the change: SQLState 23514, constraint …, table …}); PostgreSQL's "Detail" and
 * Elasticsearch's "Preview of field's value", which quote the row or value, are never kept. At most 500 characters.
 */
public final class FailureDescriptions {

    static final int MAX_LENGTH = 500;
    private static final int MAX_DEPTH = 32;
    private static final Pattern QUOTED_DATA = Pattern.compile(
            "(\\s*Detail: .*|\\.? ?Preview of field's value: .*)", Pattern.DOTALL);

    private FailureDescriptions() {
    }

    /** {@code Type: what went wrong}, for the failure or the most telling cause in its chain. */
    public static String describe(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < MAX_DEPTH && seen.add(cause);
             cause = cause.getCause()) {
            if (cause instanceof DocumentRejectedException rejected) {
                return truncate(simpleName(rejected) + ": " + rejected.getMessage());
            }
            if (cause instanceof SQLException sql) {
                return truncate(simpleName(failure) + ": " + postgres(sql));
            }
        }
        String message = failure.getMessage() == null ? "" : QUOTED_DATA.matcher(failure.getMessage()).replaceAll("");
        return truncate(message.isBlank() ? simpleName(failure) : simpleName(failure) + ": " + message);
    }

    private static String postgres(SQLException sql) {
        SQLException telling = mostTelling(sql);
        StringBuilder text = new StringBuilder("PostgreSQL refused the change: SQLState ")
                .append(telling.getSQLState());
        if (telling instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server.getConstraint() != null) {
                text.append(", constraint ").append(server.getConstraint());
            }
            if (server.getTable() != null) {
                text.append(", table ").append(server.getTable());
            }
            if (server.getColumn() != null) {
                text.append(", column ").append(server.getColumn());
            }
        }
        return text.toString();
    }

    /** The server's own error where a batch update wraps it (as its next exception or cause), else {@code sql}. */
    private static SQLException mostTelling(SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            if (next instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql;
            }
            if (next.getCause() instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql;
            }
        }
        return sql;
    }

    private static String simpleName(Throwable failure) {
        return failure.getClass().getSimpleName();
    }

    private static String truncate(String text) {
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
