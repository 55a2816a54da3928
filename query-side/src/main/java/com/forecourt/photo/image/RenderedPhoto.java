package com.forecourt.photo.image;

/**
 * What Forecourt keeps of one upload.
 *
 * @param photo     the photo as the car's page shows it: upright, at most the configured size, JPEG without metadata
 * @param thumbnail the photo for result lists, the configured width across, JPEG
 */
public record RenderedPhoto(EncodedImage photo, EncodedImage thumbnail) {
}
