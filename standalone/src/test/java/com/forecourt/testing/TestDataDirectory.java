package com.forecourt.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Gives each test JVM fresh embedded stores: read models left over from an earlier build must not leak into
 * assertions. The directory is world-traversable because Elasticsearch runs as an unprivileged user when the
 * build runs as root.
 */
public final class TestDataDirectory {

    private static final String PROPERTY = "forecourt.embedded.data-dir";

    private TestDataDirectory() {
    }

    /** Sets {@code forecourt.embedded.data-dir} once per JVM, before the first Spring context reads it. */
    public static synchronized void ensureFresh() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Path directory = Files.createTempDirectory("forecourt-it-");
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            System.setProperty(PROPERTY, directory.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
