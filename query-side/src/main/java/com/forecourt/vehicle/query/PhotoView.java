package com.forecourt.vehicle.query;

/**
 * One photo of a car, as references into the photo store (ADR 16): the files are served at
 * {@code GET /photos/{id}}.
 *
 * @param id                 the photo file's SHA-256, 64 lowercase hexadecimal digits
 * @param contentType        its media type, {@code image/jpeg}
 * @param width              pixels across, upright
 * @param height             pixels down, upright
 * @param sizeBytes          its length in bytes
 * @param thumbnailId        the thumbnail file's SHA-256
 * @param thumbnailWidth     the thumbnail's pixels across
 * @param thumbnailHeight    the thumbnail's pixels down
 */
public record PhotoView(String id, String contentType, int width, int height, long sizeBytes, String thumbnailId,
                        int thumbnailWidth, int thumbnailHeight) {
}
