package com.forecourt.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The JVM-wide registry of embedded servers: at most one PostgreSQL server and one Elasticsearch node per data
 * directory, however many Spring contexts (e.g. test contexts with different configurations) ask for them.
 *
 * <p>Thread-safe. A server is started on first request and then shared; a server that was stopped, or died, is
 * started again on the next request. Servers requested with different options (say another port) while one runs get
 * the running one. Everything still running when the JVM exits is stopped by a shutdown hook.
 */
public final class EmbeddedStores {

    private static final ConcurrentMap<Path, EmbeddedStores> BY_DATA_DIRECTORY = new ConcurrentHashMap<>();

    private final Path dataDirectory;
    private final Object postgresLock = new Object();
    private final Object elasticsearchLock = new Object();
    private PostgresServer postgres;
    private ElasticsearchServer elasticsearch;

    private EmbeddedStores(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /**
     * The registry entry of a data directory (created if missing). Paths naming the same directory, relatively or
     * through symbolic links, share one entry.
     */
    public static EmbeddedStores forDataDirectory(Path dataDirectory) {
        return BY_DATA_DIRECTORY.computeIfAbsent(realDirectory(dataDirectory), EmbeddedStores::new);
    }

    /** Stops every server this JVM started through the registry. */
    public static void stopAll() {
        BY_DATA_DIRECTORY.values().forEach(EmbeddedStores::stop);
    }

    /** The data directory, absolute and with symbolic links resolved. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The running PostgreSQL server of this data directory, started with {@code options} if there is none. */
    public PostgresServer postgres(PostgresServer.Options options) {
        synchronized (postgresLock) {
            if (postgres == null || !postgres.isRunning()) {
                postgres = PostgresServer.start(dataDirectory, options);
            }
            return postgres;
        }
    }

    /** The running Elasticsearch node of this data directory, started with {@code options} if there is none. */
    public ElasticsearchServer elasticsearch(ElasticsearchServer.Options options) {
        synchronized (elasticsearchLock) {
            if (elasticsearch == null || !elasticsearch.isRunning()) {
                elasticsearch = ElasticsearchServer.start(dataDirectory, options);
            }
            return elasticsearch;
        }
    }

    /**
     * The servers of a {@link #start} call; a server that was not asked for is {@code null}.
     */
    public record Servers(PostgresServer postgres, ElasticsearchServer elasticsearch) {
    }

    /**
     * Gets both servers at once, starting whichever is not running in parallel, since Elasticsearch alone takes
     * several seconds. Either options argument may be {@code null} to leave that server out.
     *
     * @throws EmbeddedStoreException if a server cannot be started (the other is left running, and stopped with the JVM)
     */
    public Servers start(PostgresServer.Options postgresOptions, ElasticsearchServer.Options elasticsearchOptions) {
        CompletableFuture<ElasticsearchServer> node = elasticsearchOptions == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> elasticsearch(elasticsearchOptions), runnable -> {
                    Thread thread = new Thread(runnable, "forecourt-embedded-elasticsearch-start");
                    thread.setDaemon(true);
                    thread.start();
                });
        PostgresServer database = null;
        RuntimeException failure = null;
        try {
            database = postgresOptions == null ? null : postgres(postgresOptions);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            ElasticsearchServer search = node.join();
            if (failure != null) {
                throw failure;
            }
            return new Servers(database, search);
        } catch (CompletionException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
            if (failure != null) {
                failure.addSuppressed(cause);
                throw failure;
            }
            throw cause;
        }
    }

    /** Stops this data directory's servers. */
    public void stop() {
        synchronized (postgresLock) {
            if (postgres != null) {
                postgres.stop();
            }
        }
        synchronized (elasticsearchLock) {
            if (elasticsearch != null) {
                elasticsearch.stop();
            }
        }
    }

    /** Creates the directory if needed and returns its real path, the identity of a data directory. */
    static Path realDirectory(Path directory) {
        try {
            return Files.createDirectories(directory.toAbsolutePath().normalize()).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + directory.toAbsolutePath(), e);
        }
    }
}
