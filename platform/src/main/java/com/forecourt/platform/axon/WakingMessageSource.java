package com.forecourt.platform.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The event store as pooled streaming processors read it, with a wake-up call.
 *
 * <p>Why: a pooled streaming processor's coordinator that finds no new events asks its stream for an availability
 * callback; the embedded event store's streams offer none, so the coordinator sleeps a fixed 500 ms before it looks
 * again. Every hop through a processor then waits 250 ms on average: the four hops of a checkout saga took about
 * 2 s. Streams of this source accept the callback and invoke it every {@link #WAKE_UP_MILLIS} ms while their
 * coordinator waits; the coordinator then checks the event store's in-memory cache of recent events (no database
 * query), and picks up a new event within {@code WAKE_UP_MILLIS}. Tracking processors never ask for the callback (they
 * block on the stream), so for them this source is the event store unchanged.
 *
 * <p>The price: a woken processor takes events one at a time instead of in 500 ms batches, which under load costs
 * throughput (docs/benchmarks.md), so only the checkout saga uses it.
 */
public final class WakingMessageSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** How often a waiting coordinator is woken. */
    static final long WAKE_UP_MILLIS = 10;

    private static final Set<WakingStream> WAITING = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService WAKER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "forecourt-processor-waker");
        thread.setDaemon(true);
        return thread;
    });

    static {
        WAKER.scheduleWithFixedDelay(WakingMessageSource::wakeWaiting, WAKE_UP_MILLIS, WAKE_UP_MILLIS, TimeUnit.MILLISECONDS);
    }

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;

    public WakingMessageSource(StreamableMessageSource<TrackedEventMessage<?>> delegate) {
        this.delegate = delegate;
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
