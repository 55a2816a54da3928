package com.forecourt.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The embedded PostgreSQL's superuser password: generated on first start and kept in a file that only its owner (the
 * JVM's user) can read, in libpq's password-file format, so that {@code PGPASSFILE=<file> psql -h 127.0.0.1 -p <port>
 * -U postgres forecourt} works without typing it. Without a password, any local process could connect as the
 * superuser and, through {@code COPY … FROM PROGRAM}, run commands as the server's user.
 *
 * <p>The line is {@code 127.0.0.1:*:*:postgres:<password>}; the password is 32 random bytes in URL-safe Base64, so it
 * never contains the {@code :} or {@code \} that the format would need escaped.
 */
final class PostgresPassword {

    /** Name of the file, beside the PostgreSQL data directory. */
    static final String FILE_NAME = "postgres.pgpass";

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 32;

    /**
     * The password, and whether it was generated just now (then the cluster, if it existed before, does not know it).
     */
    record Loaded(String password, boolean created) {
    }

    private PostgresPassword() {
    }

    /** Reads the password from {@code file}, or generates one and writes the file (owner-only) if there is none. */
    static Loaded readOrCreate(Path file) {
        if (Files.exists(file)) {
            restrict(file);
            return new Loaded(read(file), false);
        }
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        writeOwnerOnly(file, line(password));
        return new Loaded(password, true);
    }

    /**
     * The password in a file this class wrote.
     *
     * @throws EmbeddedStoreException if the file is missing or not in the expected format
     */
    static String read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] fields = line.split(":", 5);
                if (fields.length == 5 && PostgresServer.USERNAME.equals(fields[3]) && !fields[4].isBlank()) {
                    return fields[4].strip();
                }
            }
            throw new EmbeddedStoreException(file + " holds no password for user " + PostgresServer.USERNAME
                    + ". Delete it: the next start generates a new one and sets it.");
        } catch (IOException e) {
            throw new EmbeddedStoreException("Cannot read the PostgreSQL password file " + file, e);
        }
    }

    /** libpq's password-file line for the superuser on any port and database of the loopback address. */
    static String line(String password) {
        return LocalPorts.LOOPBACK_ADDRESS + ":*:*:" + PostgresServer.USERNAME + ":" + password + "\n";
    }

    /**
     * Writes a file that only its owner can read, without a moment in which it is readable by others: it is created
     * with those permissions under a temporary name and then renamed into place.
     */
    static void writeOwnerOnly(Path file, String content) {
        Path staging = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(staging);
            if (POSIX) {
                Files.createFile(staging, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(staging);
            }
            Files.writeString(staging, content, StandardCharsets.UTF_8);
            Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new EmbeddedStoreException("Another process is writing " + staging, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** libpq ignores a password file that others can read; and so should nobody else read it. */
    private static void restrict(Path file) {
        try {
            if (POSIX && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict " + file + " to its owner", e);
        }
    }
}
