package com.forecourt.queryside.graphql.consistency;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;

/**
 * The position the GraphQL request being executed asked to see, as a thread-local that Spring for GraphQL restores
 * around every data fetcher and batch loader from the request's GraphQL context (Micrometer context propagation), so
 * the query dispatch interceptor can add it to every query the request sends, however deeply nested.
 */
final class RequestedPosition {

    /** Key in the GraphQL context and of the thread-local accessor. */
    static final String KEY = "forecourt.consistentWith";

    private static final ThreadLocal<Long> POSITION = new ThreadLocal<>();

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new ThreadLocalAccessor<Long>() {
            @Override
            public Object key() {
                return KEY;
            }

            @Override
            public Long getValue() {
                return POSITION.get();
            }

            @Override
            public void setValue(Long value) {
                POSITION.set(value);
            }

            @Override
            public void setValue() {
                POSITION.remove();
            }
        });
    }

    private RequestedPosition() {
    }

    /** Registers the accessor (done once, when the class is loaded). */
    static void register() {
        // the static initializer does the work
    }

    /** The position asked for by the request this thread works for, or null. */
    static Long current() {
        return POSITION.get();
    }
}
