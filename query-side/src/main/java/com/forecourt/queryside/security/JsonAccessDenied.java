package com.forecourt.queryside.security;

import com.forecourt.photo.web.PhotoPaths;
import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers a signed-in caller whose role a path rule does not admit with 403 and, on the photo endpoints, the JSON
 * error {@code {"errors":[{"message":…,"extensions":{"code":"FORBIDDEN"}}]}}; elsewhere Spring Security's default.
 * (GraphQL needs none of this: its path admits everyone, and its fields decide.)
 */
class JsonAccessDenied implements AccessDeniedHandler {

    private static final String FORBIDDEN = "Your role does not allow this request";

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!PhotoPaths.isPhotoPath(request.getRequestURI().substring(request.getContextPath().length()))) {
            otherwise.handle(request, response, denied);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        write(response, MediaType.APPLICATION_JSON, FORBIDDEN, GraphqlErrorCodes.FORBIDDEN);
    }

    /** Writes an error body; both texts are constants of ours, so nothing the client sent is echoed. */
    static void write(HttpServletResponse response, MediaType type, String message, String code) throws IOException {
        response.setContentType(type.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"code\":\"" + code
                + "\"}}]}");
    }
}
