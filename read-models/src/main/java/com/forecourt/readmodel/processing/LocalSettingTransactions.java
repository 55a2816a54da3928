package com.forecourt.readmodel.processing;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's transactions, each opened with a PostgreSQL {@code SET LOCAL} statement that holds for that transaction
 * only. The query side's processors need two: an asynchronous commit for disposable read models, and a search path
 * for a rebuild's tables; wrapping one in the other applies both.
 *
 * @param statement the {@code SET LOCAL ...} statement run first in every transaction
 */
public record LocalSettingTransactions(TransactionManager delegate, JdbcTemplate jdbc, String statement)
        implements TransactionManager {

    /**
     * The commit returns before PostgreSQL has flushed it to disk. For a projection that is safe, because its
     * read-model writes and its token commit together: a crash can lose the last few hundred milliseconds of such
     * commits, never part of one, and the processor then handles those events again (the projectors are idempotent,
     * ADR 4). It spares one disk flush per batch. Never for what must be durable: the event store, the command side,
     * the checkout saga.
     */
    public static LocalSettingTransactions asynchronousCommit(TransactionManager delegate, JdbcTemplate jdbc) {
        return new LocalSettingTransactions(delegate, jdbc, "set local synchronous_commit to off");
    }

    /**
     * {@code schema} first on the search path: a rebuild's projectors write the new version's tables while everything
     * else, the token store included, resolves to {@code liveSchema}.
     */
    public static LocalSettingTransactions searchPath(TransactionManager delegate, JdbcTemplate jdbc, String schema,
                                                      String liveSchema) {
        return new LocalSettingTransactions(delegate, jdbc, "set local search_path to " + schema + ", " + liveSchema);
    }

    /**
     * The same settings on other transactions: {@code transactions} with every {@code SET LOCAL} of its chain applied
     * on top of {@code base} instead of its own innermost manager (for example a manager that always opens a new
     * transaction). Without local settings, {@code base} itself.
     */
    public static TransactionManager rebase(TransactionManager transactions, TransactionManager base) {
        if (transactions instanceof LocalSettingTransactions local) {
            return new LocalSettingTransactions(rebase(local.delegate(), base), local.jdbc(), local.statement());
        }
        return base;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.execute(statement);
        } catch (RuntimeException failure) {
            transaction.rollback();
            throw failure;
        }
        return transaction;
    }
}
