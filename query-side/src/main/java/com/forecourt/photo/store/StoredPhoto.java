package com.forecourt.photo.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An open file of the photo store.
 *
 * @param content     its bytes, to be read once and closed
 * @param length      its length in bytes
 * @param contentType its media type, e.g. {@code image/jpeg}
 */
public record StoredPhoto(InputStream content, long length, String contentType) implements AutoCloseable {

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
