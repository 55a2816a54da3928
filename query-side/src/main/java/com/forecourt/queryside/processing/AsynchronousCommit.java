package com.forecourt.queryside.processing;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's transactions with {@code SET LOCAL synchronous_commit TO off}: the commit returns before PostgreSQL has
 * flushed it to disk. For a projection that is safe, because its read-model writes and its token commit together:
 * a crash can lose the last few hundred milliseconds of such commits, never part of one, and the processor then
 * handles those events again (the projectors are idempotent, ADR 4). It spares one disk flush per batch. It is never
 * used where durability matters: the event store, the command side, the checkout saga.
 */
public record AsynchronousCommit(TransactionManager delegate, JdbcTemplate jdbc) implements TransactionManager {

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.execute("set local synchronous_commit to off");
        } catch (RuntimeException failure) {
            transaction.rollback();
            throw failure;
        }
        return transaction;
    }
}
