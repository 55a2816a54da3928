package com.forecourt.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Gives each test JVM its own embedded PostgreSQL, so events and e-mail claims of an earlier build never leak into
 * assertions.
 */
public final class FreshDataDirectory {

    static final String PROPERTY = "forecourt.embedded.data-dir";

    private FreshDataDirectory() {
    }

    /** Sets {@code forecourt.embedded.data-dir} once per JVM, before the first Spring context reads it. */
    public static synchronized void ensure() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, create("forecourt-command-it-").toString());
        }
    }

    /**
     * A new empty directory, traversable by the unprivileged user PostgreSQL runs as under a root build, so the
     * embedded stores keep their files in it rather than relocating them to /var/tmp.
     */
    public static Path create(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
