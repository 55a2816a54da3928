package com.forecourt.readmodel.processing;

import com.forecourt.readmodel.deadletter.ConnectivityAwareEnqueuePolicy;
import com.forecourt.readmodel.deadletter.FailureDescriptions;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the event at fault when a projection's batch fails as it commits, so that one event can never stop a
 * projection (docs/operations-dead-letters.md, "Failures at commit").
 *
 * <p>A projector's writes are sent when its batch commits (JDBC batches, one Elasticsearch bulk request), so a store
 * that refuses one row or document fails the whole batch after every handler has returned, too late for the
 * dead-letter queue, which only sees failures of a handler. The processor then retries the batch with backoff, and
 * would fail on it for ever. When such a failure is not an outage ({@link ConnectivityAwareEnqueuePolicy}), this
 * class remembers the batch's last position; until the processor has passed it, every event up to it is handled
 * <em>isolated</em>: in a transaction of its own and with its Elasticsearch writes sent at once
 * ({@link IsolatedEventHandlers}), so the store's refusal fails that event's handler and the event's sequence is
 * dead-lettered with the cause, while every other event commits. A store that is down keeps failing whole batches,
 * which are retried and never dead-lettered.
 */
@Component
public class ProjectionIsolation {

    static final String ISOLATED_TRANSACTIONS = ProjectionIsolation.class.getName() + ".transactions";
    private static final Logger log = LoggerFactory.getLogger(ProjectionIsolation.class);

    /** Per processor: handle events isolated up to and including this position. */
    private final Map<String, Long> isolateUpTo = new ConcurrentHashMap<>();

    /** An error handler that remembers batches that failed for a reason other than an outage, then delegates. */
    public ErrorHandler remembering(ErrorHandler delegate) {
        return context -> {
            if (!ConnectivityAwareEnqueuePolicy.isConnectivityFailure(context.error())) {
                lastPosition(context.failedEvents()).ifPresent(position -> {
                    isolateUpTo.merge(context.eventProcessor(), position, Math::max);
                    log.warn("Processor {} failed on the batch up to position {} ({}); handling those events one at a "
                                    + "time to dead-letter the one at fault", context.eventProcessor(), position,
                            FailureDescriptions.describe(context.error()));
                });
            }
            delegate.handleError(context);
        };
    }

    /**
     * The interceptor of one processor: marks the events it must handle isolated, with the transactions of that
     * processor ({@code processorTransactions}, e.g. with its search path) opened anew for each event.
     */
    public MessageHandlerInterceptor<EventMessage<?>> interceptor(String processor,
                                                                  TransactionManager processorTransactions,
                                                                  TransactionManager newTransactions) {
        TransactionManager isolated = LocalSettingTransactions.rebase(processorTransactions, newTransactions);
        return (unitOfWork, chain) -> {
            if (!isIsolated(processor, unitOfWork.getMessage())) {
                return chain.proceed();
            }
            unitOfWork.resources().put(ISOLATED_TRANSACTIONS, isolated);
            try {
                return chain.proceed();
            } finally {
                unitOfWork.resources().remove(ISOLATED_TRANSACTIONS);
            }
        };
    }

    /** Whether the processor still handles events isolated; for status and tests. */
    public boolean isIsolating(String processor) {
        return isolateUpTo.containsKey(processor);
    }

    /** The transactions of the event being handled if it must be handled isolated, else empty. */
    static Optional<TransactionManager> isolatedTransactions() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CurrentUnitOfWork.get().getResource(ISOLATED_TRANSACTIONS));
    }

    private boolean isIsolated(String processor, EventMessage<?> event) {
        Long upTo = isolateUpTo.get(processor);
        if (upTo == null) {
            return false;
        }
        OptionalLong position = position(event);
        if (position.isEmpty()) {
            return true;
        }
        if (position.getAsLong() > upTo) {
            isolateUpTo.remove(processor, upTo); // past the failed batch: back to batches
            return false;
        }
        return true;
    }

    private static Optional<Long> lastPosition(Iterable<? extends EventMessage<?>> events) {
        Long last = null;
        for (EventMessage<?> event : events) {
            OptionalLong position = position(event);
            if (position.isPresent()) {
                last = last == null ? position.getAsLong() : Math.max(last, position.getAsLong());
            }
        }
        return Optional.ofNullable(last);
    }

    private static OptionalLong position(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position();
        }
        return OptionalLong.empty();
    }
}
