package com.forecourt.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Directory creation, permission and deletion helpers. */
final class Directories {

    static final Set<PosixFilePermission> RWXR_XR_X = PosixFilePermissions.fromString("rwxr-xr-x");
    static final Set<PosixFilePermission> RW_R__R__ = PosixFilePermissions.fromString("rw-r--r--");
    static final Set<PosixFilePermission> RWX______ = PosixFilePermissions.fromString("rwx------");

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private Directories() {
    }

    /**
     * Creates a directory of this module's own (and its parents) that the server user must be able to traverse.
     *
     * <p>Relocated stores and root's shared installations live in world-writable {@code /var/tmp}, where another local
     * user could have planted
     * them first; anything not owned by this JVM's user or the server user is refused rather than used.
     */
    static Path createShared(Path directory, ServerUser user) {
        try {
            Files.createDirectories(directory);
            if (directory.startsWith(StoreLayout.RELOCATION_BASE)) {
                if (Files.isSymbolicLink(directory)) {
                    throw new EmbeddedStoreException(directory + " is a symbolic link; refusing to use it. Remove it.");
                }
                int owner = ServerUser.ownerUid(directory);
                int self = ServerUser.currentUid().orElse(owner);
                if (owner != self && owner != ServerUser.UNPRIVILEGED_ID) {
                    throw new EmbeddedStoreException(directory + " belongs to uid " + owner
                            + ", not to this JVM's user; refusing to use it. Remove it.");
                }
            }
            if (user.isUnprivileged()) {
                // Independent of the umask: uid 65534 needs to get through.
                setPermissions(directory, RWXR_XR_X);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }

    static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (POSIX && !Files.isSymbolicLink(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /** Deletes a tree without following symbolic links out of it. */
    static void deleteRecursively(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }

    static boolean isEmptyDirectory(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
