package com.forecourt.photo.web;

import com.forecourt.photo.store.PhotoProperties;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.Optional;

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

    /**
     * The origin photos are served from when it is not the API's own (a CDN), e.g. {@code https://photos.example.com},
     * for the pages' Content-Security-Policy; empty for the default relative {@code /photos}.
     */
    public Optional<String> origin() {
        URI uri = URI.create(base);
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }
}
