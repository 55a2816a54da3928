package com.forecourt.platform.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.SubscribableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event store as pooled streaming processors read it, with a wake-up call when events are committed.
 *
 * <p>Why: a pooled streaming processor's coordinator that finds no new events asks its stream for an availability
 * callback; the embedded event store's streams offer none, so the coordinator sleeps a fixed 500 ms before it looks
 * again. Every hop through a processor then waits 250 ms on average: the four hops of a checkout saga took about
 * 2 s, and a projection lagged half a second behind an idle store. Waking every waiting coordinator on a fixed
 * 10 ms timer fixed the latency but cost most of the command throughput on two cores (docs/benchmarks.md).
 *
 * <p>So the wake-up follows the events instead: this source subscribes to the event store, and after each unit of
 * work that published events has committed, it wakes the coordinators that wait, and again a few times within
 * {@code 100 ms} ({@link #FOLLOW_UP_MILLIS}), because the store's reader thread may fetch the new events a moment
 * after the commit. Follow-ups are coalesced: a burst of commits schedules one round. An idle system does no work at all, and events published by
 * another JVM are still picked up by the 500 ms poll. Axon Server's streams have a callback of their own; tracking
 * processors never ask for one; for both this source changes nothing.
 */
public final class WakingMessageSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /**
     * When, after a commit, the waiting coordinators are woken again: the store's reader thread fetches the new events
     * from the database a moment after the commit, and a coordinator that looked too early waits for the next call.
     */
    static final long[] FOLLOW_UP_MILLIS = {5, 25, 100};

    private static final Set<WakingStream> WAITING = ConcurrentHashMap.newKeySet();
    private static final Set<Object> SUBSCRIBED = Collections.newSetFromMap(new IdentityHashMap<>());
    private static final AtomicBoolean FOLLOW_UP_PENDING = new AtomicBoolean();
    private static final ScheduledExecutorService WAKER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "forecourt-processor-waker");
        thread.setDaemon(true);
        return thread;
    });

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;

    @SuppressWarnings("unchecked")
    public WakingMessageSource(StreamableMessageSource<TrackedEventMessage<?>> delegate) {
        this.delegate = delegate;
        if (delegate instanceof SubscribableMessageSource<?> publisher) {
            synchronized (SUBSCRIBED) {
                if (SUBSCRIBED.add(delegate)) {
                    ((SubscribableMessageSource<EventMessage<?>>) publisher).subscribe(events -> afterCommit());
                }
            }
        }
    }

    /** Called as events are published, inside the publishing unit of work when there is one. */
    private static void afterCommit() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> wakeNowAndSoon());
        } else {
            wakeNowAndSoon();
        }
    }

    private static void wakeNowAndSoon() {
        WAKER.execute(WakingMessageSource::wakeWaiting);
        if (FOLLOW_UP_PENDING.compareAndSet(false, true)) {
            for (int i = 0; i < FOLLOW_UP_MILLIS.length; i++) {
                boolean first = i == 0;
                WAKER.schedule(() -> {
                    if (first) {
                        FOLLOW_UP_PENDING.set(false); // commits from now on schedule their own follow-ups
                    }
                    wakeWaiting();
                }, FOLLOW_UP_MILLIS[i], TimeUnit.MILLISECONDS);
            }
        }
    }

    private static void wakeWaiting() {
        for (WakingStream stream : WAITING) {
            // removed before the call, so a coordinator that still finds nothing registers again
            if (WAITING.remove(stream)) {
                stream.wake();
            }
        }
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new WakingStream(delegate.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return delegate.createTokenSince(duration);
    }

    private static final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        WakingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        void wake() {
            Runnable current = callback;
            if (current != null) {
                current.run();
            }
        }

        @Override
        public boolean hasNextAvailable() {
            boolean available = delegate.hasNextAvailable();
            if (!available && callback != null) {
                WAITING.add(this);
            }
            return available;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public void close() {
            WAITING.remove(this);
            callback = null;
            delegate.close();
        }
    }
}
