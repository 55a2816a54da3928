package com.forecourt.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's binaries) running as a child process, durable enough for an event store.
 *
 * <p>Unlike zonky's own {@code EmbeddedPostgres}, which turns {@code fsync} and {@code synchronous_commit} off and
 * relies on {@code unshare -U} to get around PostgreSQL's refusal to run as root (not available in every container),
 * this class drives {@code initdb} and {@code postgres} itself: the data directory is kept across restarts and never
 * cleaned, commits are flushed to disk, and a root JVM runs the server as uid 65534 (see {@link ServerUser}).
 *
 * <p>The server listens on 127.0.0.1 only, without a Unix socket, and every connection needs the password of user
 * {@value #USERNAME} (SCRAM-SHA-256; {@code pg_hba.conf} is rewritten on every start and trusts nobody). The password
 * is generated on first start and kept in {@code postgres.pgpass} next to the data directory, readable by its owner
 * only (see {@link PostgresPassword}); a cluster from an earlier version that trusted local connections gets one on
 * its next start. Its output goes to {@code postgres.log} next to the data directory.
 *
 * <p>Most callers want {@link EmbeddedStores}, which starts one server per data directory and JVM.
 */
public final class PostgresServer implements AutoCloseable, ShutdownHook.StoppableServer {

    /** The application database, created on first start. */
    public static final String DATABASE = "forecourt";
    /** The superuser that initdb creates; every connection needs its password ({@link #password()}). */
    public static final String USERNAME = "postgres";
    public static final int DEFAULT_PORT = 15432;
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

    /** Spring test contexts sharing the server each bring a connection pool; PostgreSQL's default of 100 is tight. */
    private static final int MAX_CONNECTIONS = 300;
    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SMART_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final Duration FAST_SHUTDOWN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration KILL_GRACE = Duration.ofSeconds(5);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(100);
    private static final Duration SINGLE_USER_TIMEOUT = Duration.ofMinutes(5);
    /**
     * The only rule: a password over TCP from the loopback address. There is no Unix socket and no other interface, and
     * no {@code trust} line, so knowing the port is not enough to get in.
     */
    static final String HBA_CONF = String.join("\n",
            "# Written by Forecourt's embedded stores on every start: edits are lost.",
            "# TYPE  DATABASE  USER  ADDRESS       METHOD",
            "host    all       all   127.0.0.1/32  scram-sha-256",
            "");

    /**
     * How to start the server.
     *
     * @param port           TCP port on 127.0.0.1; 0 picks a free one
     * @param startupTimeout how long to wait for the server to accept connections (crash recovery included)
     */
    public record Options(int port, Duration startupTimeout) {

        public Options {
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            if (startupTimeout.isNegative() || startupTimeout.isZero()) {
                throw new IllegalArgumentException("startupTimeout must be positive: " + startupTimeout);
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_PORT, DEFAULT_STARTUP_TIMEOUT);
        }

        public Options withPort(int newPort) {
            return new Options(newPort, startupTimeout);
        }
    }

    private final ServerUser user;
    private final Path installation;
    private final Path parent;
    private final Path dataDirectory;
    private final Path logFile;
    private final int port;
    private final String password;
    private final StoreLock lock;
    private final Process process;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Duration startupTime = Duration.ZERO;

    private PostgresServer(ServerUser user, Path installation, Path parent, Path dataDirectory, Path logFile, int port,
            String password, StoreLock lock, Process process) {
        this.user = user;
        this.installation = installation;
        this.parent = parent;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.port = port;
        this.password = password;
        this.lock = lock;
        this.process = process;
    }

    /**
     * Starts a server on {@code <dataDirectory>/postgres} (initialised on first use), waits until it accepts
     * connections and makes sure the {@value #DATABASE} database exists.
     *
     * @throws EmbeddedStoreException if it cannot; the message ends with the server's last output lines
     */
    public static PostgresServer start(Path dataDirectory, Options options) {
        long began = System.nanoTime();
        ServerUser user = ServerUser.detect();
        Path requested = EmbeddedStores.realDirectory(dataDirectory);
        StoreLayout layout = StoreLayout.resolve(requested, user);
        if (layout.relocated()) {
            LOG.warn(layout.relocationMessage("PostgreSQL", layout.postgresData()));
        }
        Path parent = layout.relocated() ? Directories.createShared(layout.postgresParent(), user) : layout.postgresParent();
        Path installation = Distributions.postgres(Directories.createShared(layout.distributions(), user));
        Path pgData = layout.postgresData();
        Path log = parent.resolve("postgres.log");

        StoreLock lock = StoreLock.acquire(parent.resolve("postgres.lock"), "PostgreSQL");
        try {
            LogFiles.rotateIfLarge(log);
            stopLeftoverServer(user, installation, parent, pgData, log);
            boolean existed = Files.isRegularFile(pgData.resolve("PG_VERSION"));
            PostgresPassword.Loaded password = PostgresPassword.readOrCreate(parent.resolve(PostgresPassword.FILE_NAME));
            initializeIfNeeded(user, installation, parent, pgData, log, password.password());
            // A data directory created by a non-root run (or by zonky) must change hands before a root run uses it.
            user.ownTree(pgData);
            requirePassword(user, installation, parent, pgData, log, password, existed);
            int port = LocalPorts.resolve(options.port(), "PostgreSQL", EmbeddedStoresProperties.POSTGRES_PORT);
            Process process = launch(user, installation, parent, pgData, log, port);
            PostgresServer server = new PostgresServer(user, installation, parent, pgData, log, port,
                    password.password(), lock, process);
            ShutdownHook.register(server);
            try {
                server.awaitReady(options.startupTimeout());
                server.createDatabaseIfMissing();
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
            server.startupTime = Duration.ofNanos(System.nanoTime() - began);
            LOG.info("PostgreSQL started in {} ms: {} (data directory {}, runs as {})", server.startupTime.toMillis(),
                    server.jdbcUrl(), pgData, user.describe());
            return server;
        } catch (IOException e) {
            lock.close();
            throw new EmbeddedStoreException("Cannot start PostgreSQL in " + pgData, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/forecourt}. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** The JDBC URL of another database of this server, such as {@code postgres}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + LocalPorts.LOOPBACK_ADDRESS + ":" + port + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    /** The superuser's generated password, as kept in {@link #passwordFile()}. */
    public String password() {
        return password;
    }

    /**
     * The owner-only file that keeps the password, in libpq's format: {@code PGPASSFILE=<this file> psql -h 127.0.0.1
     * -p <port> -U postgres forecourt} connects without asking for it.
     */
    public Path passwordFile() {
        return parent.resolve(PostgresPassword.FILE_NAME);
    }

    /**
     * The password file of the embedded PostgreSQL of a data directory, whichever process started it (the stores of a
     * data directory that the server user cannot reach live under /var/tmp, see {@link StoreLayout}).
     */
    public static Path passwordFile(Path dataDirectory) {
        StoreLayout layout = StoreLayout.resolve(EmbeddedStores.realDirectory(dataDirectory), ServerUser.detect());
        return layout.postgresParent().resolve(PostgresPassword.FILE_NAME);
    }

    /**
     * The superuser password of the embedded PostgreSQL of a data directory, whichever process started it.
     *
     * @throws EmbeddedStoreException if no server was ever started there
     */
    public static String password(Path dataDirectory) {
        return PostgresPassword.read(passwordFile(dataDirectory));
    }

    public int port() {
        return port;
    }

    /** The PostgreSQL data directory ({@code PGDATA}). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The server's output (PostgreSQL's log). */
    public Path logFile() {
        return logFile;
    }

    /** How long {@link #start} took, unpacking and initdb included. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The postmaster's pid. */
    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return !stopped.get() && process.isAlive();
    }

    /**
     * Stops the server with a fast shutdown: open sessions are rolled back, committed work is on disk. Idempotent.
     */
    public void stop() {
        shutDown(false);
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * A smart shutdown first, which waits for clients to disconnect: the JVM runs all shutdown hooks at once, and this
     * lets the application's connection pool finish its last transactions (such as releasing event-processor claims)
     * before the server goes; then a fast shutdown.
     */
    @Override
    public void stopForJvmShutdown() {
        shutDown(true);
    }

    private void shutDown(boolean letClientsFinish) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            if (letClientsFinish && process.isAlive()) {
                pgCtlStop("smart", SMART_SHUTDOWN_GRACE);
            }
            if (process.isAlive()) {
                pgCtlStop("fast", FAST_SHUTDOWN_TIMEOUT);
            }
            if (!process.waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("PostgreSQL (pid {}) did not stop; killing it", process.pid());
                Processes.terminateTree(process.toHandle(), KILL_GRACE);
            }
            LOG.info("PostgreSQL on port {} stopped (data directory {})", port, dataDirectory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Processes.terminateTree(process.toHandle(), KILL_GRACE);
        } catch (RuntimeException e) {
            LOG.warn("Orderly PostgreSQL shutdown failed; killing it", e);
            Processes.terminateTree(process.toHandle(), KILL_GRACE);
        } finally {
            ShutdownHook.unregister(this);
            lock.close();
        }
    }

    private void pgCtlStop(String mode, Duration timeout) {
        // A non-zero exit only means the server was still running at the timeout; the caller escalates.
        pgCtl(user, installation, parent, dataDirectory, logFile, mode, timeout);
    }

    private static int pgCtl(ServerUser user, Path installation, Path parent, Path pgData, Path log, String mode, Duration timeout) {
        List<String> command = List.of(installation.resolve("bin/pg_ctl").toString(), "stop", "-D", pgData.toString(),
                "-m", mode, "-w", "-t", Long.toString(timeout.toSeconds()));
        return Processes.runHelper(user.helperCommand(command), parent, log, timeout.plusSeconds(10));
    }

    /**
     * A postmaster still running on this data directory can only be a leftover of a JVM that died without its shutdown
     * hook (we hold the lock, so no live JVM owns it). It would keep the data directory locked, so it is stopped.
     */
    private static void stopLeftoverServer(ServerUser user, Path installation, Path parent, Path pgData, Path log) {
        Optional<ProcessHandle> leftover = Processes.fromPidFile(pgData.resolve("postmaster.pid"))
                .filter(process -> Processes.commandLineContains(process, "-D " + pgData + " "));
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        LOG.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run that did not shut down", postmaster.pid(), pgData);
        pgCtl(user, installation, parent, pgData, log, "fast", FAST_SHUTDOWN_TIMEOUT);
        if (!Processes.awaitExit(List.of(postmaster), KILL_GRACE)) {
            Processes.terminateTree(postmaster, KILL_GRACE);
        }
    }

    /**
     * Runs initdb on first use. It runs in a staging directory that is renamed into place only once complete, so a
     * crash during initdb cannot leave a data directory that looks initialised but is not. An existing data directory
     * is never cleaned or overwritten.
     */
    private static void initializeIfNeeded(ServerUser user, Path installation, Path parent, Path pgData, Path log,
            String password) throws IOException {
        if (Files.isRegularFile(pgData.resolve("PG_VERSION"))) {
            return;
        }
        if (Files.exists(pgData) && !(Files.isDirectory(pgData) && Directories.isEmptyDirectory(pgData))) {
            throw new EmbeddedStoreException(pgData + " exists but is not a PostgreSQL data directory (it has no PG_VERSION). "
                    + "It is never cleaned automatically: move it away, or set " + EmbeddedStoresProperties.DATA_DIR
                    + " to another directory.");
        }
        Path staging = parent.resolve("postgres.initdb");
        // Left over from an initdb that did not finish; it never held any data.
        Directories.deleteRecursively(staging);
        Files.createDirectory(staging);
        Directories.setPermissions(staging, Directories.RWX______);
        user.own(staging);
        LOG.info("Initialising a PostgreSQL data directory in {}", pgData);
        // initdb runs as the server user and reads the password from a file: one only that user can read, gone after.
        Path passwordFile = parent.resolve("postgres.initdb.password");
        PostgresPassword.writeOwnerOnly(passwordFile, password + "\n");
        user.own(passwordFile);
        int exit;
        try {
            List<String> initdb = List.of(installation.resolve("bin/initdb").toString(), "-D", staging.toString(),
                    "-U", USERNAME, "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C",
                    // Checksums make silent on-disk corruption of the event store detectable; the cost is negligible.
                    "--data-checksums", "--no-instructions");
            exit = Processes.runHelper(user.helperCommand(initdb), parent, log, INITDB_TIMEOUT);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        if (exit != 0) {
            throw new EmbeddedStoreException("initdb failed with exit code " + exit + LogFiles.tailForMessage(log));
        }
        Files.writeString(staging.resolve("pg_hba.conf"), HBA_CONF, StandardCharsets.UTF_8);
        user.own(staging.resolve("pg_hba.conf"));
        if (Files.exists(pgData)) {
            Files.delete(pgData);
        }
        Files.move(staging, pgData, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Makes sure that every connection needs the password: {@code pg_hba.conf} is ours, and the superuser has the
     * password of the file. A cluster that trusted local connections (initialised by an earlier version), or whose
     * password file was deleted, gets the password through single-user mode, which needs no connection at all.
     */
    private static void requirePassword(ServerUser user, Path installation, Path parent, Path pgData, Path log,
            PostgresPassword.Loaded password, boolean existed) throws IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        boolean hbaIsOurs = Files.isRegularFile(hba) && HBA_CONF.equals(Files.readString(hba, StandardCharsets.UTF_8));
        if (existed && (password.created() || !hbaIsOurs)) {
            LOG.info("Setting the generated password of user {} on the PostgreSQL cluster in {}", USERNAME, pgData);
            setPasswordInSingleUserMode(user, installation, parent, pgData, log, password.password());
        }
        if (!hbaIsOurs) {
            Files.writeString(hba, HBA_CONF, StandardCharsets.UTF_8);
            Directories.setPermissions(hba, PostgresPassword.OWNER_ONLY);
            user.own(hba);
        }
    }

    private static void setPasswordInSingleUserMode(ServerUser user, Path installation, Path parent, Path pgData,
            Path log, String password) throws IOException {
        // The JVM opens this file for the child's standard input, so it stays the JVM user's, readable by it alone.
        Path statement = parent.resolve("postgres.password.sql");
        PostgresPassword.writeOwnerOnly(statement, "ALTER ROLE " + USERNAME + " PASSWORD '" + password + "'\n");
        int exit;
        try {
            List<String> single = List.of(installation.resolve("bin/postgres").toString(), "--single", "-D",
                    pgData.toString(), "-c", "password_encryption=scram-sha-256", "postgres");
            exit = Processes.runHelper(user.helperCommand(single), parent, log, SINGLE_USER_TIMEOUT, statement);
        } finally {
            Files.deleteIfExists(statement);
        }
        if (exit != 0) {
            throw new EmbeddedStoreException("Setting the password of " + USERNAME + " in single-user mode failed with exit"
                    + " code " + exit + LogFiles.tailForMessage(log));
        }
    }

    private static Process launch(ServerUser user, Path installation, Path parent, Path pgData, Path log, int port) throws IOException {
        List<String> postgres = List.of(installation.resolve("bin/postgres").toString(), "-D", pgData.toString(),
                "-c", "listen_addresses=" + LocalPorts.LOOPBACK_ADDRESS,
                "-c", "port=" + port,
                // TCP only: no socket file in /tmp to collide with another server, and nothing but loopback to reach.
                "-c", "unix_socket_directories=",
                // An event store must not lose acknowledged commits; these are PostgreSQL's defaults, but spelled
                // out since zonky's (and many test setups') are the opposite.
                "-c", "fsync=on",
                "-c", "synchronous_commit=on",
                "-c", "full_page_writes=on",
                "-c", "max_connections=" + MAX_CONNECTIONS);
        ProcessBuilder builder = new ProcessBuilder(user.serverCommand(postgres))
                .directory(parent.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Processes.scrubEnvironment(builder);
        return ProcessLauncher.start(builder);
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException lastFailure = null;
        while (true) {
            if (!process.isAlive()) {
                throw new EmbeddedStoreException("PostgreSQL exited with code " + process.exitValue()
                        + " while starting on port " + port + " (data directory " + dataDirectory + ")" + LogFiles.tailForMessage(logFile));
            }
            try (Connection connection = connect("postgres");
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SHOW data_directory")) {
                result.next();
                verifyDataDirectory(result.getString(1));
                return;
            } catch (SQLException e) {
                lastFailure = e;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new EmbeddedStoreException("PostgreSQL did not accept connections on port " + port + " within "
                        + timeout.toSeconds() + " s" + LogFiles.tailForMessage(logFile), lastFailure);
            }
            if (!Processes.sleep(PROBE_INTERVAL)) {
                throw new EmbeddedStoreException("Interrupted while waiting for PostgreSQL to start");
            }
        }
    }

    private void verifyDataDirectory(String reported) {
        try {
            if (!Path.of(reported).toRealPath().equals(dataDirectory.toRealPath())) {
                throw new EmbeddedStoreException("Port " + port + " is served by another PostgreSQL server (data directory "
                        + reported + "), not by the one just started on " + dataDirectory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = connect("postgres");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
            LOG.info("Created database {}", DATABASE);
        } catch (SQLException e) {
            throw new EmbeddedStoreException("Cannot create database " + DATABASE + " on port " + port, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USERNAME);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "30");
        // The driver itself rather than DriverManager, whose registry depends on class loaders and on other drivers.
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("The PostgreSQL driver rejected " + jdbcUrl(database));
        }
        return connection;
    }

    @Override
    public String toString() {
        return "PostgreSQL " + jdbcUrl() + " (data directory " + dataDirectory + ")";
    }
}
