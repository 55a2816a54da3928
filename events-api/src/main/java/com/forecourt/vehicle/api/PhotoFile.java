package com.forecourt.vehicle.api;

/**
 * One stored image file of a car photo, referenced by its content address.
 *
 * @param id          the SHA-256 of the file's bytes as 64 lowercase hexadecimal digits: its key in the photo store
 *                    and the last part of its URL
 * @param contentType the media type it is served with: {@code image/jpeg} for everything Forecourt stores today
 * @param width       width in pixels, as displayed (upright)
 * @param height      height in pixels, as displayed (upright)
 * @param sizeBytes   the file's length in bytes
 */
public record PhotoFile(
        String id,
        String contentType,
        int width,
        int height,
        long sizeBytes) {
}
