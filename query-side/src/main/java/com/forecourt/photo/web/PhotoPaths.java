package com.forecourt.photo.web;

import java.util.Locale;

/** The HTTP paths of the photo endpoints, for the controllers and the security rules (docs/graphql.md, "Photos"). */
public final class PhotoPaths {

    /** POST, multipart part {@code photo}: STAFF or ADMIN attach a photo to the car with this VIN. */
    public static final String UPLOAD = "/vehicles/{vin}/photos";
    /** {@link #UPLOAD} as a request matcher's pattern. */
    public static final String UPLOAD_PATTERN = "/vehicles/*/photos";
    /** GET or HEAD: anyone downloads a photo file (a photo or a thumbnail) by its id. */
    public static final String FILE = "/photos/{id}";
    /** {@link #FILE} as a request matcher's pattern. */
    public static final String FILE_PATTERN = "/photos/*";

    private PhotoPaths() {
    }

    /** Whether a request path (without the context path) is one of the photo endpoints, which answer JSON errors. */
    public static boolean isPhotoPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith("/photos/") || (lower.startsWith("/vehicles/") && lower.endsWith("/photos"));
    }
}
