package com.forecourt.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exclusive lock that one JVM holds on a store's directory for as long as it runs that store's server.
 *
 * <p>The operating system releases the lock when the JVM dies, however it dies. So holding the lock proves that a
 * server still running for that directory is a leftover of a crashed JVM, safe to stop; failing to get it means that
 * another live JVM runs the store, which must not be touched.
 */
final class StoreLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreLock.class);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StoreLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static StoreLock acquire(Path file, String store) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new EmbeddedStoreException(store + " in " + file.getParent() + " is already run by another process "
                        + "(it holds " + file + "). Stop that process, or use a different forecourt.embedded.data-dir.");
            }
            return new StoreLock(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new EmbeddedStoreException(store + " in " + file.getParent() + " is already run by this JVM; "
                    + "use EmbeddedStores to share it.", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EmbeddedStoreException("Cannot lock " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("Cannot release {}", file, e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Cannot close lock file channel", e);
            }
        }
    }
}
