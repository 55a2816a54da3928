package com.forecourt.embedded;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts the long-running server processes from one thread that lives as long as the JVM.
 *
 * <p>The servers are started with a parent-death signal ({@code PR_SET_PDEATHSIG}), and Linux sends that signal when
 * the <em>thread</em> that created the process ends, not the process. Starting a server from a short-lived thread
 * (such as the one that starts Elasticsearch in parallel with PostgreSQL) would therefore stop it as soon as that
 * thread finished. All server launches go through this single daemon thread, which only ends with the JVM.
 */
final class ProcessLauncher {

    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "forecourt-embedded-process-launcher");
        thread.setDaemon(true);
        return thread;
    });

    private ProcessLauncher() {
    }

    /** {@link ProcessBuilder#start()} on the launcher thread. */
    static Process start(ProcessBuilder builder) throws IOException {
        // submit() (unlike execute()) catches whatever start() throws, so the launcher thread itself never dies.
        Future<Process> started = LAUNCHER.submit(builder::start);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return started.get();
                } catch (InterruptedException e) {
                    // Starting takes milliseconds; giving up early would lose the handle of a process that does start.
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException("Cannot start " + builder.command(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
