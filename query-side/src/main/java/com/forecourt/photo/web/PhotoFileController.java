package com.forecourt.photo.web;

import com.forecourt.common.input.Identifiers;
import com.forecourt.photo.image.PhotoErrorCodes;
import com.forecourt.photo.image.PhotoRefusedException;
import com.forecourt.photo.store.PhotoStore;
import com.forecourt.photo.store.S3PhotoStore;
import com.forecourt.photo.store.StoredPhoto;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code GET /photos/{id}} (and HEAD), for anyone: a photo or thumbnail file by its content address. A file never
 * changes, so it is served with {@code Cache-Control: public, max-age=31536000, immutable} and its id as a strong
 * ETag (a revalidation with {@code If-None-Match} gets 304 without touching the store), its media type and
 * {@code X-Content-Type-Options: nosniff}. The id must be exactly 64 lowercase hexadecimal digits before it gets near
 * the store, so no path or key can be made of it; anything else is 404 PHOTO_NOT_FOUND, as is an unknown id.
 */
@RestController
class PhotoFileController {

    private final PhotoStore store;

    PhotoFileController(PhotoStore store) {
        this.store = store;
    }

    @GetMapping(PhotoPaths.FILE)
    void file(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Identifiers.isPhotoId(id)) {
            throw notFound("A photo id is 64 lowercase hexadecimal digits");
        }
        String etag = "\"" + id + "\"";
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            cacheHeaders(response, etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<StoredPhoto> found = store.open(id);
        if (found.isEmpty()) {
            throw notFound("No photo is stored under this id");
        }
        try (StoredPhoto photo = found.get()) {
            cacheHeaders(response, etag);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(photo.contentType());
            response.setContentLengthLong(photo.length());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.ACCEPT_RANGES, "none");
            if (!HttpMethod.HEAD.matches(request.getMethod())) {
                photo.content().transferTo(response.getOutputStream());
            }
        }
    }

    private static void cacheHeaders(HttpServletResponse response, String etag) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, S3PhotoStore.CACHE_CONTROL);
        response.setHeader(HttpHeaders.ETAG, etag);
    }

    /** Whether {@code If-None-Match} names this ETag (weakly or strongly, RFC 9110); {@code *} is not taken here. */
    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(etag::equals);
    }

    private static PhotoRefusedException notFound(String message) {
        return new PhotoRefusedException(PhotoErrorCodes.PHOTO_NOT_FOUND, HttpServletResponse.SC_NOT_FOUND, message);
    }
}
