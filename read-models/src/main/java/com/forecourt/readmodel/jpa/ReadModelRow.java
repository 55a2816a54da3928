package com.forecourt.readmodel.jpa;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row that knows whether it is already stored. Read-model ids are assigned from events, never
 * generated, so Spring Data would otherwise take every new row for an existing one and {@code merge} it: one
 * extra SELECT per inserted row, which dominates a rebuild. Projectors check for an existing row before they create
 * one, so a new instance is always a new row.
 *
 * @param <I> the type of the id
 */
@MappedSuperclass
public abstract class ReadModelRow<I> implements Persistable<I> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
