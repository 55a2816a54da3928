package com.forecourt.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Process-tree and pid-file helpers shared by both servers. */
final class Processes {

    private static final Logger LOG = LoggerFactory.getLogger(Processes.class);

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private Processes() {
    }

    /** The live process whose pid is on the first line of {@code pidFile}, if the file exists and it is alive. */
    static Optional<ProcessHandle> fromPidFile(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(pidFile, StandardCharsets.US_ASCII)) {
            return lines.findFirst()
                    .map(String::strip)
                    .filter(line -> line.matches("\\d{1,10}"))
                    .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Ignoring unreadable pid file {}", pidFile, e);
            return Optional.empty();
        }
    }

    /**
     * Whether the process's command line contains {@code fragment}. Guards every kill of a process found through a
     * pid file, because after a crash and a reboot that pid may belong to something else entirely.
     */
    static boolean commandLineContains(ProcessHandle process, String fragment) {
        // /proc holds the full command line; ProcessHandle.Info may be truncated or empty for other users' processes.
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ').contains(fragment);
            }
        } catch (IOException e) {
            LOG.debug("Cannot read {}", cmdline, e);
        }
        return process.info().commandLine().map(line -> line.contains(fragment)).orElse(false);
    }

    /**
     * Stops a process and everything below it: SIGTERM to all of them, then SIGKILL to whatever is left after
     * {@code grace}. The tree is captured before signalling, because a child whose parent has exited is re-parented
     * and no longer shows up as a descendant.
     *
     * @return whether every process of the tree is gone
     */
    static boolean terminateTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        if (awaitExit(tree, grace)) {
            return true;
        }
        List<ProcessHandle> survivors = tree.stream().filter(ProcessHandle::isAlive).toList();
        LOG.warn("Killing {} process(es) that did not stop within {} s of SIGTERM: {}", survivors.size(), grace.toSeconds(),
                survivors.stream().map(ProcessHandle::pid).toList());
        survivors.forEach(ProcessHandle::destroyForcibly);
        return awaitExit(survivors, KILL_WAIT);
    }

    /** Waits until none of the processes is alive; false if some still are after {@code timeout}. */
    static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            if (!sleep(POLL)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs a short-lived helper (initdb, pg_ctl) to completion, appending its output to {@code log}.
     *
     * @return the exit code
     */
    static int runHelper(List<String> command, Path workingDirectory, Path log, Duration timeout) {
        return runHelper(command, workingDirectory, log, timeout, Path.of("/dev/null"));
    }

    /** {@link #runHelper(List, Path, Path, Duration)} with standard input read from a file. */
    static int runHelper(List<String> command, Path workingDirectory, Path log, Duration timeout, Path input) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(input.toFile()));
        scrubEnvironment(builder);
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                terminateTree(process.toHandle(), Duration.ofSeconds(5));
                throw new EmbeddedStoreException(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                        + " s" + LogFiles.tailForMessage(log));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new EmbeddedStoreException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStoreException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    /**
     * Removes variables that would silently reconfigure the servers (libpq and PostgreSQL defaults, JVM options meant
     * for this JVM, such as a test agent, which must not leak into Elasticsearch's JVMs).
     */
    static void scrubEnvironment(ProcessBuilder builder) {
        builder.environment().keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("ES_")
                || name.equals("JAVA_HOME") || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS")
                || name.equals("_JAVA_OPTIONS") || name.equals("CLASSPATH"));
    }

    /** Sleeps; false if interrupted (with the interrupt flag restored). */
    static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
