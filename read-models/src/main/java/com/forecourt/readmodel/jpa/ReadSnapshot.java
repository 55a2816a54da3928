package com.forecourt.readmodel.jpa;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * One answer read from several tables in one snapshot: a read-only, repeatable-read transaction, so that a projector
 * committing between two statements cannot show half of its change (an order's timeline that had moved on beside a
 * status that had not). Queries classes that read more than one statement per answer read through one.
 */
public final class ReadSnapshot {

    private final TransactionTemplate transaction;

    public ReadSnapshot(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** What {@code reads} answers, every statement of it seeing the same committed state. */
    public <T> T read(Supplier<T> reads) {
        return transaction.execute(status -> reads.get());
    }
}
