package com.forecourt.embedded;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the server installations that ship on the classpath: zonky's PostgreSQL archive and the Elasticsearch
 * distribution zip that this module's build bundles.
 *
 * <p>Each installation goes to a directory named after its version (or content hash), is unpacked at most once, and
 * is reused while its completion marker is there. It is unpacked into a staging directory and renamed into place, so a
 * crash mid-way (or two JVMs racing) never leaves a half-unpacked installation that looks complete. Files get fixed
 * permissions (directories and executables 755, the rest 644) whatever the umask, so an unprivileged server can read
 * an installation that root unpacked.
 */
final class Distributions {

    private static final Logger LOG = LoggerFactory.getLogger(Distributions.class);

    static final String ELASTICSEARCH_ZIP = "META-INF/forecourt/elasticsearch-distribution.zip";
    static final String ELASTICSEARCH_PROPERTIES = "META-INF/forecourt/elasticsearch.properties";

    private static final String MARKER = ".forecourt-complete";

    private static final ConcurrentMap<Path, Path> POSTGRES_HOMES = new ConcurrentHashMap<>();

    private Distributions() {
    }

    @FunctionalInterface
    private interface Unpacker {
        void unpackInto(Path directory) throws IOException;
    }

    /** The version of the bundled Elasticsearch distribution. */
    static String elasticsearchVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource(ELASTICSEARCH_PROPERTIES)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ELASTICSEARCH_PROPERTIES, e);
        }
        String version = properties.getProperty("version", "");
        if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
            throw new EmbeddedStoreException(ELASTICSEARCH_PROPERTIES + " holds version '" + version
                    + "', not a version number: the resources were not filtered by the Maven build.");
        }
        return version;
    }

    /** The Elasticsearch home directory (the unpacked distribution) below {@code distributions}. */
    static Path elasticsearch(Path distributions, String version) {
        return install(distributions.resolve("elasticsearch-" + version), "Elasticsearch " + version, target -> {
            try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(resource(ELASTICSEARCH_ZIP), 1 << 16))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    // Entries are elasticsearch-<version>/...; the home is what is inside that folder.
                    String name = entry.getName();
                    int slash = name.indexOf('/');
                    String relative = slash < 0 ? "" : name.substring(slash + 1);
                    if (relative.isEmpty()) {
                        continue;
                    }
                    Path path = inside(target, relative);
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                        Directories.setPermissions(path, Directories.RWXR_XR_X);
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(zip, path, StandardCopyOption.REPLACE_EXISTING);
                        // java.util.zip does not expose Unix modes; only the launcher scripts need to be executable.
                        boolean executable = relative.startsWith("bin/") && !relative.endsWith(".bat") && !relative.endsWith(".exe");
                        Directories.setPermissions(path, executable ? Directories.RWXR_XR_X : Directories.RW_R__R__);
                    }
                }
            }
        });
    }

    /**
     * The PostgreSQL installation (bin, lib, share) for this platform from zonky's binaries, below
     * {@code distributions}, named after the archive's hash since the archive does not state its version.
     */
    static Path postgres(Path distributions) {
        // Reading and hashing the archive costs a few hundred milliseconds; once per JVM is enough.
        Path known = POSTGRES_HOMES.get(distributions);
        if (known != null && Files.isRegularFile(known.resolve(MARKER))) {
            return known;
        }
        Path home = installPostgres(distributions);
        POSTGRES_HOMES.put(distributions, home);
        return home;
    }

    private static Path installPostgres(Path distributions) {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(zonkySystem(), zonkyArchitecture())) {
            archive = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read zonky's PostgreSQL binaries", e);
        }
        String hash = sha256(archive).substring(0, 12);
        return install(distributions.resolve("postgresql-" + hash), "PostgreSQL binaries " + hash, target -> {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    String relative = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                    if (relative.isEmpty() || relative.equals(".")) {
                        continue;
                    }
                    Path path = inside(target, relative);
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                        Directories.setPermissions(path, Directories.RWXR_XR_X);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Path link = Path.of(entry.getLinkName());
                        // Library aliases such as libpq.so -> libpq.so.5.17; refuse anything pointing out of the tree.
                        if (link.isAbsolute() || !path.getParent().resolve(link).normalize().startsWith(target)) {
                            throw new IOException("Symbolic link " + entry.getName() + " points outside the installation");
                        }
                        Files.createSymbolicLink(path, link);
                    } else if (entry.isFile()) {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                        boolean executable = (entry.getMode() & 0100) != 0;
                        Directories.setPermissions(path, executable ? Directories.RWXR_XR_X : Directories.RW_R__R__);
                    } else {
                        throw new IOException("Unexpected entry " + entry.getName() + " in the PostgreSQL archive");
                    }
                }
            }
        });
    }

    private static Path install(Path home, String what, Unpacker unpacker) {
        if (Files.isRegularFile(home.resolve(MARKER))) {
            return home;
        }
        Path parent = home.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, home.getFileName() + ".staging-");
            long started = System.nanoTime();
            LOG.info("Unpacking {} into {}", what, home);
            unpacker.unpackInto(staging);
            Files.createFile(staging.resolve(MARKER));
            Directories.setPermissions(staging, Directories.RWXR_XR_X);
            if (Files.exists(home) && !Files.isRegularFile(home.resolve(MARKER))) {
                // Not produced by this code (it only ever renames complete installations into place): start afresh.
                Directories.deleteRecursively(home);
            }
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AccessDeniedException e) {
                if (!Files.isRegularFile(home.resolve(MARKER))) {
                    throw e;
                }
                LOG.debug("Another process installed {} first", what);
            }
            LOG.info("Unpacked {} in {} ms", what, (System.nanoTime() - started) / 1_000_000);
            return home;
        } catch (IOException e) {
            throw new EmbeddedStoreException("Cannot unpack " + what + " into " + home, e);
        } finally {
            if (staging != null) {
                Directories.deleteRecursively(staging);
            }
        }
    }

    /** Resolves an archive entry below {@code root}, refusing names that would escape it ("zip slip"). */
    private static Path inside(Path root, String relative) throws IOException {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IOException("Archive entry " + relative + " points outside " + root);
        }
        return path;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Distributions.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (is the embedded-stores jar built by Maven?)");
        }
        return in;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a mandatory JCA algorithm", e);
        }
    }

    /** The operating-system names zonky's binary artifacts use. */
    private static String zonkySystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return "Linux";
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "Darwin";
        }
        throw new EmbeddedStoreException("The embedded PostgreSQL supports Linux and macOS, not " + System.getProperty("os.name"));
    }

    private static String zonkyArchitecture() {
        String arch = System.getProperty("os.arch", "");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }
}
