package com.forecourt.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the stores of one requested data directory live.
 *
 * <p>Normally the state is under the requested directory: {@code postgres/} (the PostgreSQL data directory, with
 * {@code postgres.log} and {@code postgres.lock} beside it) and {@code elasticsearch/} (the node's configuration, data
 * and logs).
 *
 * <p>A server running as uid 65534 must be able to traverse every ancestor of its directories, which fails for a
 * checkout under {@code /root} or in a {@code mktemp -d} directory (both mode 700). The stores of such a data
 * directory are <em>relocated</em> to {@code /var/tmp} (which survives reboots, unlike {@code /tmp}), under names
 * derived from a hash of the requested path, so a given data directory always maps to the same place.
 *
 * <p>The unpacked server installations are read-only and the same for every data directory, so they are shared (see
 * {@link #sharedDistributions}): a fresh data directory, such as each test run's, does not unpack them again.
 *
 * @param requested          the requested data directory, absolute and with symbolic links resolved
 * @param relocated          whether the stores live under {@code /var/tmp} rather than under {@code requested}
 * @param postgresParent     parent of the PostgreSQL data directory, its output log and its lock
 * @param elasticsearchRoot  the Elasticsearch node's directory: config, data, logs, pid file, output log and lock
 * @param distributions      where the read-only server installations are unpacked
 */
record StoreLayout(Path requested, boolean relocated, Path postgresParent, Path elasticsearchRoot, Path distributions) {

    static final Path RELOCATION_BASE = Path.of("/var/tmp");

    /**
     * @param requested         the requested data directory, absolute and real
     * @param reachableByServer whether the server user can traverse down to {@code requested}
     * @param relocationBase    {@link #RELOCATION_BASE}, but a parameter for the tests
     * @param distributions     from {@link #sharedDistributions}, but a parameter for the tests
     */
    static StoreLayout of(Path requested, boolean reachableByServer, Path relocationBase, Path distributions) {
        if (reachableByServer) {
            return new StoreLayout(requested, false, requested, requested.resolve("elasticsearch"), distributions);
        }
        String hash = shortHash(requested);
        return new StoreLayout(requested, true, relocationBase.resolve("forecourt-postgres-" + hash),
                relocationBase.resolve("forecourt-elasticsearch-" + hash), distributions);
    }

    /** The layout for a data directory and the user the servers run as. */
    static StoreLayout resolve(Path requested, ServerUser user) {
        return of(requested, user.canReach(requested), RELOCATION_BASE, sharedDistributions(user, requested));
    }

    /**
     * Where installations are unpacked: {@code /var/tmp/forecourt-distributions} for servers running as uid 65534
     * (which cannot read a root home), else {@code ~/.cache/forecourt/distributions}, else (no usable home
     * directory) {@code distributions/} under the data directory.
     */
    static Path sharedDistributions(ServerUser user, Path requested) {
        if (user.isUnprivileged()) {
            return RELOCATION_BASE.resolve("forecourt-distributions");
        }
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "forecourt", "distributions");
        try {
            Files.createDirectories(cache);
            if (Files.isWritable(cache)) {
                return cache;
            }
        } catch (IOException | RuntimeException e) {
            // A service account's home may not exist (nobody's is /nonexistent): fall through.
        }
        return requested.resolve("distributions");
    }

    /** The PostgreSQL data directory ({@code PGDATA}). */
    Path postgresData() {
        return postgresParent.resolve("postgres");
    }

    /** For the logs: where a relocated store went and why. */
    String relocationMessage(String store, Path storeDirectory) {
        return store + " keeps its files in " + storeDirectory + " instead of under " + requested + ": it runs as uid "
                + ServerUser.UNPRIVILEGED_ID + ", which cannot traverse every parent directory of " + requested
                + " (a mode-700 home or mktemp directory, typically).";
    }

    /** The first 12 hex digits of the SHA-256 of the path: stable, and 48 bits make collisions a non-issue. */
    static String shortHash(Path path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a mandatory JCA algorithm", e);
        }
    }
}
