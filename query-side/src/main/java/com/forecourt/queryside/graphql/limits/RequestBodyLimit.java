package com.forecourt.queryside.graphql.limits;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a GraphQL request body over {@code forecourt.graphql.max-request-bytes} with HTTP 413 and the code
 * REQUEST_TOO_LARGE, before anything else runs (sign-in included). A declared {@code Content-Length} over the limit
 * is refused unread; otherwise the body is read up to one byte past the limit, so a chunked body cannot exceed it
 * either, and handed on from memory. GET requests carry the document in the URL, which the server's header limit
 * ({@code server.max-http-request-header-size}, 8 KB) bounds.
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyLimit {

    private static final int PAYLOAD_TOO_LARGE = 413;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> graphqlRequestBodyLimit(
            GraphQlProperties graphql, GraphqlLimitsProperties limits) {
        String path = graphql.getHttp().getPath();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Limit(limits.getMaxRequestBytes()));
        registration.addUrlPatterns(path);
        // before Spring Security (-100): an oversized request costs no password check
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Limit extends OncePerRequestFilter {

        private final int maximum;

        Limit(int maximum) {
            this.maximum = maximum;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long declared = request.getContentLengthLong();
            boolean chunked = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
            if (declared <= 0 && !chunked) {
                chain.doFilter(request, response);
                return;
            }
            if (declared > maximum) {
                refuse(response);
                return;
            }
            byte[] body = request.getInputStream().readNBytes(maximum + 1);
            if (body.length > maximum) {
                refuse(response);
                return;
            }
            chain.doFilter(new BufferedBody(request, body), response);
        }

        private void refuse(HttpServletResponse response) throws IOException {
            response.setStatus(PAYLOAD_TOO_LARGE);
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"errors\":[{\"message\":\"The request body is larger than " + maximum
                    + " bytes\",\"extensions\":{\"" + GraphqlErrorCodes.EXTENSION + "\":\""
                    + GraphqlErrorCodes.REQUEST_TOO_LARGE + "\"}}]}");
        }
    }

    /** The request with its body already read into memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }
            };
        }
    }
}
