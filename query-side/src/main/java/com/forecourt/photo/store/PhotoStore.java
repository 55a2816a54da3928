package com.forecourt.photo.store;

import com.forecourt.photo.image.EncodedImage;

import java.util.Optional;

/**
 * Where photo files live, each under its content address (the SHA-256 of its bytes, {@link EncodedImage#id()}): a
 * file is written once and never changes, so the same bytes stored twice are one file, and a reader may cache a file
 * for ever. Implementations write a file whole or not at all, so a reader never sees part of one.
 */
public interface PhotoStore {

    /**
     * Stores the file unless the store already holds its id.
     *
     * @return true when this call stored it, false when it was there already
     * @throws PhotoStoreUnavailableException when the store cannot be reached or written
     */
    boolean put(EncodedImage image);

    /**
     * Opens the file stored under a photo id, which the caller has checked is 64 lowercase hexadecimal digits.
     *
     * @return the file, to be closed by the caller; empty when no file has this id
     * @throws PhotoStoreUnavailableException when the store cannot be reached or read
     */
    Optional<StoredPhoto> open(String id);
}
