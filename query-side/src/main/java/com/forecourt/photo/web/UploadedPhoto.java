package com.forecourt.photo.web;

/**
 * The answer to an upload: the car and its new photo, in the fields of the GraphQL type {@code Photo}.
 *
 * @param vin   the car's VIN, normalised
 * @param photo the photo as {@code Vehicle.photos} will list it once the read model has it
 */
record UploadedPhoto(String vin, Photo photo) {

    /**
     * @param id              the photo's SHA-256, 64 lowercase hexadecimal digits
     * @param url             where the photo is served, e.g. {@code /photos/<id>}
     * @param contentType     {@code image/jpeg}
     * @param width           pixels across
     * @param height          pixels down
     * @param sizeBytes       the file's length
     * @param thumbnailUrl    where the thumbnail is served
     * @param thumbnailWidth  the thumbnail's pixels across
     * @param thumbnailHeight the thumbnail's pixels down
     */
    record Photo(String id, String url, String contentType, int width, int height, long sizeBytes,
                 String thumbnailUrl, int thumbnailWidth, int thumbnailHeight) {
    }
}
