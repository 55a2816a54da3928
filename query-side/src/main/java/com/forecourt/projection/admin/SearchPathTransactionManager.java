package com.forecourt.projection.admin;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's transactions, with a schema put first on PostgreSQL's {@code search_path} for the transaction only
 * ({@code SET LOCAL}). A rebuild's processor runs in these, so its projectors write the new version's tables while
 * everything else, the token store included, resolves to the live schema.
 */
record SearchPathTransactionManager(TransactionManager delegate, JdbcTemplate jdbc, String schema,
                                    String liveSchema) implements TransactionManager {

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.execute("set local search_path to " + schema + ", " + liveSchema);
        } catch (RuntimeException failure) {
            transaction.rollback();
            throw failure;
        }
        return transaction;
    }
}
