package com.forecourt.photo.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of a refused photo request, in the shape of a GraphQL error so that one client-side handler reads
 * both: {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}.
 */
record PhotoErrorBody(List<Map<String, Object>> errors) {

    static PhotoErrorBody of(String code, String message) {
        return of(code, message, Map.of());
    }

    /** With more entries in {@code extensions} (an error id, {@code retryable}). */
    static PhotoErrorBody of(String code, String message, Map<String, Object> moreExtensions) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(moreExtensions);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return new PhotoErrorBody(List.of(error));
    }
}
