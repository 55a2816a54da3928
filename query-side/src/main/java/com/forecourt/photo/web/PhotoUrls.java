package com.forecourt.photo.web;

import com.forecourt.photo.store.PhotoProperties;
import org.springframework.stereotype.Component;

/** Where a photo file is served: {@code forecourt.photos.base-url} and its id, e.g. {@code /photos/<sha256>}. */
@Component
public class PhotoUrls {

    private final String base;

    PhotoUrls(PhotoProperties properties) {
        String configured = properties.baseUrl();
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** The URL of the file with this id: relative to the API's origin by default, absolute with a CDN. */
    public String of(String id) {
        return base + "/" + id;
    }
}
