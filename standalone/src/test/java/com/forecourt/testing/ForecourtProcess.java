package com.forecourt.testing;

import com.forecourt.embedded.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/forecourt.jar}) as a separate operating-system process, started the way
 * the README says, so tests can send it real signals.
 */
public final class ForecourtProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "forecourt.jar");
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final int postgresPort;
    private final String indexPrefix;
    private final Path postgresDataDirectory;
    private final Path log;

    private ForecourtProcess(Process process, int port, int postgresPort, String indexPrefix, Path postgresDataDirectory,
                             Path log) {
        this.process = process;
        this.port = port;
        this.postgresPort = postgresPort;
        this.indexPrefix = indexPrefix;
        this.postgresDataDirectory = postgresDataDirectory;
        this.log = log;
    }

    /**
     * Starts the jar on a data directory of its own; it shares the build's Elasticsearch node, which starts only
     * once per build, under index names of its own, so it never touches the shared test context's indices.
     */
    public static ForecourtProcess start(Path dataDirectory, String elasticsearchUri, String... arguments) {
        return start(dataDirectory, elasticsearchUri, null, arguments);
    }

    /**
     * Starts a second node of the same deployment as {@code first}: it uses the first one's PostgreSQL (events,
     * tokens, read models) and Elasticsearch indices, as two query-side instances behind a load balancer would.
     */
    public static ForecourtProcess startBeside(ForecourtProcess first, Path dataDirectory, String elasticsearchUri,
                                               String... arguments) {
        return start(dataDirectory, elasticsearchUri, first, arguments);
    }

    private static ForecourtProcess start(Path dataDirectory, String elasticsearchUri, ForecourtProcess first,
                                          String... arguments) {
        String jdbcUrl = first == null ? null : first.jdbcUrl();
        String sharedIndexPrefix = first == null ? null : first.indexPrefix;
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the tests with ./mvnw verify");
        }
        int port = freePort();
        int postgresPort = freePort();
        String indexPrefix = sharedIndexPrefix != null ? sharedIndexPrefix : "process-" + port + "-";
        try {
            Path log = Files.createTempFile("forecourt-process-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                    JAR.toAbsolutePath().toString(),
                    "--server.port=" + port,
                    "--forecourt.embedded.data-dir=" + dataDirectory,
                    "--forecourt.embedded.postgres.port=" + postgresPort,
                    "--forecourt.elasticsearch.uris=" + elasticsearchUri,
                    "--forecourt.elasticsearch.index-prefix=" + indexPrefix));
            ProcessBuilder builder = new ProcessBuilder(command);
            if (first != null) {
                command.addAll(List.of("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres"));
                // by environment, not on the command line, where every local user could read it
                builder.environment().put("SPRING_DATASOURCE_PASSWORD", first.jdbcPassword());
            }
            command.addAll(List.of(arguments));
            Process process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ForecourtProcess forecourt = new ForecourtProcess(process, port,
                    jdbcUrl != null ? postgresPortOf(jdbcUrl) : postgresPort, indexPrefix,
                    first != null ? first.postgresDataDirectory : dataDirectory, log);
            forecourt.awaitHealthy();
            return forecourt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates a data directory that PostgreSQL, running as an unprivileged user when the tests run as root, can
     * reach: every directory from /tmp down to it is made world-traversable.
     */
    public static Path traversable(Path directory) {
        try {
            Files.createDirectories(directory);
            for (Path p = directory; p != null && p.startsWith(directory.getRoot().resolve("tmp")); p = p.getParent()) {
                if (p.getNameCount() > 1) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends a GraphQL document over HTTP as the development user {@code staff} (role STAFF, which mutations need)
     * and returns the raw JSON response.
     */
    public String graphql(String json) {
        return graphqlAs("staff", "staff", json);
    }

    /** Sends a GraphQL document as the development user {@code admin} (roles STAFF and ADMIN). */
    public String adminGraphql(String json) {
        return graphqlAs("admin", "admin", json);
    }

    /** Everything the process wrote to standard output and error so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int postgresPortOf(String jdbcUrl) {
        String hostAndPort = jdbcUrl.substring("jdbc:postgresql://".length(), jdbcUrl.lastIndexOf('/'));
        return Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
    }

    /** The JDBC URL of this process's embedded PostgreSQL (user postgres, {@link #jdbcPassword()}, loopback only). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/forecourt";
    }

    /** The generated password of user postgres on this process's embedded PostgreSQL. */
    public String jdbcPassword() {
        return PostgresServer.password(postgresDataDirectory);
    }

    private String graphqlAs(String user, String password, String json) {
        try {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + credentials)
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GraphQL request body for a document whose double quotes are already escaped for JSON. */
    public static String request(String escapedDocument) {
        return "{\"query\":\"" + escapedDocument + "\"}";
    }

    /** A request body listing a car with this VIN. */
    public static String listVehicle(String vin, String make, String model) {
        return request("mutation { listVehicle(input: {vin: \\\"" + vin + "\\\", make: \\\"" + make + "\\\", "
                + "model: \\\"" + model + "\\\", year: 2020, mileage: 30000, fuelType: PETROL, transmission: MANUAL, "
                + "bodyType: \\\"Hatchback\\\", colour: \\\"Blue\\\", pricePence: 1000000, "
                + "description: \\\"Used car\\\"}) }");
    }

    /** The JVM and every process it started, as seen now. */
    public List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        return tree;
    }

    /** SIGTERM, as Ctrl-C or a container stop sends it; waits for the JVM to exit. */
    public int terminate() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Forecourt did not stop within 60 s of SIGTERM; log: " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SIGKILL to the JVM and, as a container runtime or the OOM killer does, to every process it started: nothing
     * gets a chance to shut down cleanly.
     */
    public void kill() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("A child of Forecourt survived SIGKILL; log: " + log, e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(STARTUP);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Forecourt exited with " + process.exitValue() + "; log: " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Forecourt was not healthy within " + STARTUP + "; log: " + log);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
