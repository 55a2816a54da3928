package com.forecourt.photo.image;

/**
 * The codes in {@code extensions.code} of a refused photo upload that only the upload raises (the command's own,
 * such as VEHICLE_NOT_FOUND or TOO_MANY_PHOTOS, are in events-api's {@code ErrorCode}). Never rename one.
 */
public final class PhotoErrorCodes {

    /** The file is larger than {@code forecourt.photos.max-upload-size}, or has more pixels than {@code max-pixels}. */
    public static final String PHOTO_TOO_LARGE = "PHOTO_TOO_LARGE";
    /** The photo is narrower than the thumbnail width or lower than half of it, so a thumbnail would be blown up. */
    public static final String PHOTO_TOO_SMALL = "PHOTO_TOO_SMALL";
    /** The bytes are not a JPEG, PNG or WebP image, whatever the file's name or declared type. */
    public static final String UNSUPPORTED_PHOTO_TYPE = "UNSUPPORTED_PHOTO_TYPE";
    /** The bytes start like a JPEG, PNG or WebP image but cannot be decoded as one (truncated or damaged). */
    public static final String UNREADABLE_PHOTO = "UNREADABLE_PHOTO";
    /** No photo is stored under this id (or the id is not 64 lowercase hexadecimal digits). */
    public static final String PHOTO_NOT_FOUND = "PHOTO_NOT_FOUND";

    private PhotoErrorCodes() {
    }
}
