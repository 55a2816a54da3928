package com.forecourt.embedded;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch, from the distribution bundled in this module's jar, running as a child process
 * on this JVM's own Java runtime (the bundled "integ-test" distribution has no JDK of its own).
 *
 * <p>That distribution is the bare server: besides the transport it has only the x-pack core and security modules and
 * APM (disabled unless configured). There is no analysis-common, mapper-extras, painless, reindex, ingest-geoip or
 * monitoring, so settings of those modules are rejected ("unknown setting") and stop the node from starting. Core
 * mappings (text with {@code index_prefixes}, {@code completion}, keywords with the built-in {@code lowercase}
 * normalizer) work. Security is switched off: the node is reachable from 127.0.0.1 only, over plain HTTP.
 *
 * <p>Layout below the node directory: {@code config/} (regenerated on every start, since Elasticsearch writes into it,
 * e.g. its keystore), {@code data/}, {@code logs/} (Elasticsearch's own logs), {@code tmp/}, {@code console.log}
 * (everything the node printed), {@code elasticsearch.pid}. A root JVM runs the node as uid 65534 and hands it these
 * directories (see {@link ServerUser}).
 *
 * <p>Most callers want {@link EmbeddedStores}, which starts one node per data directory and JVM.
 */
public final class ElasticsearchServer implements AutoCloseable, ShutdownHook.StoppableServer {

    public static final int DEFAULT_PORT = 19200;
    public static final String DEFAULT_HEAP = "512m";
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(180);

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchServer.class);

    private static final Pattern HEAP = Pattern.compile("[1-9]\\d*[kKmMgG]?");
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final String CLUSTER_NAME = "forecourt";

    /**
     * How to start the node.
     *
     * @param port           HTTP port on 127.0.0.1; 0 picks a free one
     * @param heap           JVM heap, as {@code -Xmx} takes it (e.g. {@code 512m}); used for both -Xms and -Xmx
     * @param startupTimeout how long to wait for the node to report yellow health
     */
    public record Options(int port, String heap, Duration startupTimeout) {

        public Options {
            Objects.requireNonNull(heap, "heap");
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            // It ends up in ES_JAVA_OPTS, which the launcher script splits on spaces: accept nothing but a size.
            if (!HEAP.matcher(heap).matches()) {
                throw new IllegalArgumentException("heap must be a JVM memory size such as 512m or 1g: '" + heap + "'");
            }
            if (startupTimeout.isNegative() || startupTimeout.isZero()) {
                throw new IllegalArgumentException("startupTimeout must be positive: " + startupTimeout);
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_PORT, DEFAULT_HEAP, DEFAULT_STARTUP_TIMEOUT);
        }

        public Options withPort(int newPort) {
            return new Options(newPort, heap, startupTimeout);
        }
    }

    private final Path home;
    private final Path root;
    private final String version;
    private final String nodeName;
    private final int port;
    private final StoreLock lock;
    private final Process process;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Duration startupTime = Duration.ZERO;

    private ElasticsearchServer(Path home, Path root, String version, String nodeName, int port, StoreLock lock, Process process) {
        this.home = home;
        this.root = root;
        this.version = version;
        this.nodeName = nodeName;
        this.port = port;
        this.lock = lock;
        this.process = process;
    }

    /**
     * Unpacks the distribution if needed, starts a node on {@code <dataDirectory>/elasticsearch} and waits until its
     * cluster health is at least yellow.
     *
     * @throws EmbeddedStoreException if it cannot; the message ends with the node's last output lines
     */
    public static ElasticsearchServer start(Path dataDirectory, Options options) {
        long began = System.nanoTime();
        ServerUser user = ServerUser.detect();
        Path requested = EmbeddedStores.realDirectory(dataDirectory);
        StoreLayout layout = StoreLayout.resolve(requested, user);
        Path root = Directories.createShared(layout.elasticsearchRoot(), user);
        if (layout.relocated()) {
            LOG.warn(layout.relocationMessage("Elasticsearch", root));
        }
        Path javaHome = Path.of(System.getProperty("java.home"));
        if (!user.canReach(javaHome)) {
            throw new EmbeddedStoreException("Elasticsearch runs on this JVM's Java runtime " + javaHome + ", which uid "
                    + ServerUser.UNPRIVILEGED_ID + " cannot reach. Run the application on a JDK installed in a "
                    + "world-readable location (such as /usr/lib/jvm).");
        }
        String version = Distributions.elasticsearchVersion();

        StoreLock lock = StoreLock.acquire(root.resolve("elasticsearch.lock"), "Elasticsearch");
        try {
            stopLeftoverNode(root);
            Path home = Distributions.elasticsearch(Directories.createShared(layout.distributions(), user), version);
            int port = LocalPorts.resolve(options.port(), "Elasticsearch", EmbeddedStoresProperties.ELASTICSEARCH_PORT);
            // Unique per start, so that the readiness probe can tell this node from any other on the port.
            String nodeName = "forecourt-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
            for (String directory : List.of("data", "logs", "tmp")) {
                Files.createDirectories(root.resolve(directory));
                user.ownTree(root.resolve(directory));
            }
            writeConfiguration(home, root, settingsYaml(port, nodeName, root.resolve("data"), root.resolve("logs")));
            user.ownTree(root.resolve("config"));
            user.own(root);
            Path consoleLog = root.resolve("console.log");
            LogFiles.rotateIfLarge(consoleLog);

            Process process = launch(user, home, root, options.heap());
            ElasticsearchServer server = new ElasticsearchServer(home, root, version, nodeName, port, lock, process);
            ShutdownHook.register(server);
            try {
                // Elasticsearch writes its own pid file late in its start-up; this one finds a leftover launcher
                // (and through it the server) even if the previous JVM died early in a start.
                Files.writeString(root.resolve("launcher.pid"), Long.toString(process.pid()), StandardCharsets.US_ASCII);
                server.awaitReady(options.startupTimeout());
            } catch (IOException | RuntimeException e) {
                server.stop();
                throw e;
            }
            server.startupTime = Duration.ofNanos(System.nanoTime() - began);
            LOG.info("Elasticsearch {} started in {} ms: {} (node directory {}, heap {}, runs as {})", version,
                    server.startupTime.toMillis(), server.httpUrl(), root, options.heap(), user.describe());
            return server;
        } catch (IOException e) {
            lock.close();
            throw new EmbeddedStoreException("Cannot start Elasticsearch in " + root, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String httpUrl() {
        return "http://" + LocalPorts.LOOPBACK_ADDRESS + ":" + port;
    }

    public int port() {
        return port;
    }

    public String version() {
        return version;
    }

    /** The unpacked distribution (read-only, possibly shared with other nodes). */
    public Path homeDirectory() {
        return home;
    }

    /** The node's own directory: config, data, logs, console.log, pid file. */
    public Path nodeDirectory() {
        return root;
    }

    /** Everything the node printed (its logs, and start-up errors before logging is set up). */
    public Path consoleLog() {
        return root.resolve("console.log");
    }

    /** How long {@link #start} took, unpacking included. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Pid of the launcher JVM, the parent of the server JVM. */
    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return !stopped.get() && process.isAlive();
    }

    /** Stops the launcher and server JVMs (SIGTERM, SIGKILL after 30 s). Idempotent. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!Processes.terminateTree(process.toHandle(), STOP_GRACE)) {
                LOG.warn("Some Elasticsearch processes below pid {} did not exit", process.pid());
            }
            LOG.info("Elasticsearch on port {} stopped (node directory {})", port, root);
        } finally {
            try {
                Files.deleteIfExists(root.resolve("launcher.pid"));
            } catch (IOException e) {
                LOG.debug("Cannot delete {}", root.resolve("launcher.pid"), e);
            }
            ShutdownHook.unregister(this);
            lock.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public void stopForJvmShutdown() {
        stop();
    }

    /**
     * The settings that differ from Elasticsearch's defaults. Every one of them is known to the bundled distribution:
     * an unknown setting makes the node refuse to start.
     */
    static String settingsYaml(int port, String nodeName, Path data, Path logs) {
        return String.join("\n",
                "# Written by Forecourt's embedded stores on every start: edits are lost.",
                "cluster.name: " + CLUSTER_NAME,
                "node.name: " + nodeName,
                "discovery.type: single-node",
                "network.host: " + LocalPorts.LOOPBACK_ADDRESS,
                "http.port: " + port,
                // Any free port: nothing connects to it, and a fixed one could collide with another node.
                "transport.port: 0",
                "path.data: " + yamlString(data.toString()),
                "path.logs: " + yamlString(logs.toString()),
                // A developer's nearly full disk must not turn the indices read-only.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                // Otherwise the first start generates TLS certificates and passwords, and speaks HTTPS only.
                "xpack.security.enabled: false",
                "");
    }

    private static String yamlString(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void writeConfiguration(Path home, Path root, String settings) throws IOException {
        Path config = root.resolve("config");
        Directories.deleteRecursively(config);
        Path source = home.resolve("config");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = config.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(config.resolve("elasticsearch.yml"), settings, StandardCharsets.UTF_8);
    }

    private static Process launch(ServerUser user, Path home, Path root, String heap) throws IOException {
        List<String> command = List.of(home.resolve("bin/elasticsearch").toString(), "-p", root.resolve("elasticsearch.pid").toString());
        ProcessBuilder builder = new ProcessBuilder(user.serverCommand(command))
                // The stock jvm.options write gc.log and hs_err files relative to the working directory.
                .directory(root.resolve("logs").toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("console.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Processes.scrubEnvironment(builder);
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_PATH_CONF", root.resolve("config").toString());
        builder.environment().put("ES_TMPDIR", root.resolve("tmp").toString());
        builder.environment().put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        return ProcessLauncher.start(builder);
    }

    /**
     * A node still running for this directory can only be a leftover of a JVM that died without its shutdown hook (we
     * hold the lock). It would hold Elasticsearch's own lock on the data path, so it is stopped.
     */
    private static void stopLeftoverNode(Path root) {
        String marker = root + File.separator;
        for (String pidFile : List.of("launcher.pid", "elasticsearch.pid")) {
            Processes.fromPidFile(root.resolve(pidFile))
                    .filter(process -> Processes.commandLineContains(process, marker))
                    .ifPresent(process -> {
                        LOG.warn("Stopping Elasticsearch process {} left running on {} by an earlier run that did not shut down",
                                process.pid(), root);
                        Processes.terminateTree(process, STOP_GRACE);
                    });
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(PROBE_TIMEOUT)
                // Loopback only, whatever proxy the JVM is configured with.
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception lastFailure = null;
        while (true) {
            if (!process.isAlive()) {
                throw new EmbeddedStoreException("Elasticsearch exited with code " + process.exitValue() + " while starting on port "
                        + port + " (node directory " + root + ")" + LogFiles.tailForMessage(consoleLog()));
            }
            try {
                if (get(client, "/_cluster/health?wait_for_status=yellow&timeout=1s").statusCode() == 200) {
                    verifyNodeName(get(client, "/_cat/nodes?h=name").body().strip());
                    return;
                }
            } catch (IOException e) {
                // Not listening yet, or busy starting up.
                lastFailure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedStoreException("Interrupted while waiting for Elasticsearch to start", e);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new EmbeddedStoreException("Elasticsearch did not reach yellow health on port " + port + " within "
                        + timeout.toSeconds() + " s (raise " + EmbeddedStoresProperties.ELASTICSEARCH_STARTUP_TIMEOUT + "?)"
                        + LogFiles.tailForMessage(consoleLog()), lastFailure);
            }
            if (!Processes.sleep(PROBE_INTERVAL)) {
                throw new EmbeddedStoreException("Interrupted while waiting for Elasticsearch to start");
            }
        }
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(httpUrl() + path)).timeout(PROBE_TIMEOUT).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void verifyNodeName(String reported) {
        if (!nodeName.equals(reported)) {
            throw new EmbeddedStoreException("Port " + port + " is served by another Elasticsearch node ('" + reported
                    + "'), not by the one just started in " + root);
        }
    }

    @Override
    public String toString() {
        return "Elasticsearch " + version + " " + httpUrl() + " (node directory " + root + ")";
    }
}
