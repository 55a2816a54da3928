package com.forecourt.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's unique-violation, so that two writers of one aggregate sequence number surface as an
 * Axon concurrency conflict (retried) rather than as an opaque SQL error.
 *
 * <p>Axon's {@code JdbcSQLErrorCodesResolver} only knows {@code SQLIntegrityConstraintViolationException}, which
 * the PostgreSQL driver never throws; it reports SQLState {@value #UNIQUE_VIOLATION} instead.
 */
final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
