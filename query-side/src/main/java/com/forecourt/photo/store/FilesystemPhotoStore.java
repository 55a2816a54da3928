package com.forecourt.photo.store;

import com.forecourt.common.input.Identifiers;
import com.forecourt.photo.image.EncodedImage;
import com.forecourt.photo.image.PhotoType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Photo files in a directory, the default (under the data directory): {@code <directory>/ab/cd/abcd…} for id
 * {@code abcd…}, two levels of 256 folders so that no folder grows too large. A file is written to a temporary name
 * beside its final one, flushed to disk, and renamed in one step, so a crash leaves no half file under a photo id.
 * The media type is not stored: it is read back from the file's signature. Only one node can use a directory, unless
 * it is a shared file system; several nodes use the S3 store.
 */
public final class FilesystemPhotoStore implements PhotoStore {

    private final Path directory;

    public FilesystemPhotoStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The folder the files are kept in. */
    public Path directory() {
        return directory;
    }

    @Override
    public boolean put(EncodedImage image) {
        Path target = pathOf(image.id());
        if (Files.exists(target)) {
            return false;
        }
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + image.id(), ".part");
            Files.write(temporary, image.bytes(), StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                // another upload of the same bytes won: the file is there, and it is the same file
                return false;
            } catch (AtomicMoveNotSupportedException e) {
                throw new PhotoStoreUnavailableException("The photo directory cannot rename files atomically", e);
            }
            temporary = null;
            return true;
        } catch (IOException e) {
            throw new PhotoStoreUnavailableException("Cannot write to the photo directory", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a stray temporary file is never read: it has no photo id as its name
                }
            }
        }
    }

    @Override
    public Optional<StoredPhoto> open(String id) {
        Path file = pathOf(id);
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(PhotoType.SIGNATURE_LENGTH);
            }
            String contentType = PhotoType.sniff(head).map(PhotoType::mediaType).orElse("application/octet-stream");
            // files never change once written, so the length read now is the length of what is streamed next
            return Optional.of(new StoredPhoto(Files.newInputStream(file), Files.size(file), contentType));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new PhotoStoreUnavailableException("Cannot read the photo directory", e);
        }
    }

    /** The file of an id; the id is checked again, as it becomes a path. */
    Path pathOf(String id) {
        Identifiers.photoId("id", id);
        return directory.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
    }
}
