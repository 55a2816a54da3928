package com.forecourt.readmodel.elasticsearch;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Map;

/**
 * Which physical index a projector's writes to an alias go to. Normally the alias itself; a rebuild's processor
 * redirects its batches to the version it is building, so the same projector code fills the new index while the
 * live processor keeps writing the live one.
 */
public final class IndexTargets {

    private static final String RESOURCE = IndexTargets.class.getName() + ".redirects";

    private IndexTargets() {
    }

    /** Sends the writes of this unit of work's batch to other indices: alias to physical index. */
    public static void redirect(UnitOfWork<?> unitOfWork, Map<String, String> aliasToIndex) {
        unitOfWork.root().resources().put(RESOURCE, Map.copyOf(aliasToIndex));
    }

    /** The index the current batch writes for an alias. */
    @SuppressWarnings("unchecked")
    static String resolve(String alias) {
        if (!CurrentUnitOfWork.isStarted()) {
            return alias;
        }
        Object redirects = CurrentUnitOfWork.get().root().resources().get(RESOURCE);
        if (redirects instanceof Map<?, ?> map) {
            Object index = ((Map<String, String>) map).get(alias);
            if (index != null) {
                return (String) index;
            }
        }
        return alias;
    }
}
