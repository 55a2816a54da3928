package com.forecourt.embedded;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JVM shutdown hook that stops every server still running when the JVM exits (end of main, Ctrl-C,
 * SIGTERM), so that no postgres or Elasticsearch process outlives the application or the test run.
 *
 * <p>Servers are stopped in parallel, since each takes a few seconds. A server registers itself as soon as its
 * process exists, before it is ready, so that a JVM interrupted during a slow start does not leak the half-started
 * server either.
 */
final class ShutdownHook {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownHook.class);

    /** A server process the hook must stop. */
    interface StoppableServer {

        /** Stops the server, giving clients that are shutting down at the same time a chance to finish first. */
        void stopForJvmShutdown();
    }

    private static final Set<StoppableServer> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownHook::stopAll, "forecourt-embedded-stores-shutdown"));
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; whatever starts now is stopped by its parent-death signal.
            LOG.debug("JVM shutdown already in progress; no hook registered", e);
        }
    }

    private ShutdownHook() {
    }

    static void register(StoppableServer server) {
        RUNNING.add(server);
    }

    static void unregister(StoppableServer server) {
        RUNNING.remove(server);
    }

    private static void stopAll() {
        List<Thread> stoppers = RUNNING.stream()
                .map(server -> new Thread(server::stopForJvmShutdown, "forecourt-embedded-stores-stop"))
                .toList();
        stoppers.forEach(Thread::start);
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
