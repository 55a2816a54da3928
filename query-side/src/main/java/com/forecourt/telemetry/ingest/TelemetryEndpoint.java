package com.forecourt.telemetry.ingest;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import com.forecourt.telemetry.TelemetryMetrics;
import com.forecourt.telemetry.TelemetryProperties;
import com.forecourt.telemetry.event.TelemetryErrorCodes;
import com.forecourt.telemetry.event.TelemetryReader;
import com.forecourt.telemetry.event.TelemetryRefusedException;
import com.forecourt.telemetry.storage.TelemetryBuffer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /telemetry}: a batch of telemetry events from the storefront ({@code telemetry/schemas/Batch.v1.json}),
 * from anyone, signed in or not; who sent it is neither asked nor kept (no user, no address: the session id is the
 * browser's random choice). In this order, each before the next costs anything: the client address's allowance
 * (HTTP 429 TOO_MANY_REQUESTS with {@code Retry-After}), {@code Content-Type: application/json} (415), the body size
 * (413 REQUEST_TOO_LARGE, unread when declared), the whole batch against the schemas and the input policy (400 with
 * the code of the first refusal: nothing of a refused batch is kept), and then the events are put in the bounded
 * buffer and the answer is 202 with no body, whether or not the buffer had room. Nothing here waits for
 * Elasticsearch. Errors have the shape of the API's: {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}.
 */
@RestController
@ConditionalOnBooleanProperty(name = "forecourt.telemetry.enabled", matchIfMissing = true)
class TelemetryEndpoint {

    /** Where the storefront sends its batches. */
    static final String PATH = "/telemetry";

    private final TelemetryReader reader = new TelemetryReader();
    private final TelemetryThrottle throttle;
    private final TelemetryBuffer buffer;
    private final TelemetryMetrics metrics;
    private final Clock clock;
    private final int maxRequestBytes;

    TelemetryEndpoint(TelemetryBuffer buffer, TelemetryMetrics metrics, Clock clock, TelemetryProperties properties) {
        this.throttle = new TelemetryThrottle(properties.requestsPerAddress(), properties.period());
        this.buffer = buffer;
        this.metrics = metrics;
        this.clock = clock;
        this.maxRequestBytes = properties.maxRequestBytes();
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> receive(HttpServletRequest request) throws IOException {
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Duration wait = throttle.take(request.getRemoteAddr());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
            return refuse(HttpStatus.TOO_MANY_REQUESTS, GraphqlErrorCodes.TOO_MANY_REQUESTS,
                    "Too many telemetry requests from this address; try again in " + seconds + " s",
                    HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        if (!isJson(request.getContentType())) {
            return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, TelemetryErrorCodes.BAD_USER_INPUT,
                    "Content-Type must be application/json", null, null);
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            return tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(maxRequestBytes + 1);
        if (body.length > maxRequestBytes) {
            return tooLarge();
        }
        try {
            buffer.offer(reader.read(body, receivedAt).documents());
        } catch (TelemetryRefusedException refused) {
            return refuse(HttpStatus.BAD_REQUEST, refused.code(), refused.getMessage(), null, null);
        }
        return ResponseEntity.accepted().build();
    }

    private ResponseEntity<Map<String, Object>> tooLarge() {
        // the rest of the body is not read: the connection cannot be reused
        return refuse(HttpStatus.CONTENT_TOO_LARGE, GraphqlErrorCodes.REQUEST_TOO_LARGE,
                "The request body is larger than " + maxRequestBytes + " bytes", HttpHeaders.CONNECTION, "close");
    }

    private ResponseEntity<Map<String, Object>> refuse(HttpStatus status, String code, String message,
                                                       String header, String value) {
        metrics.refused(code);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (header != null) {
            answer.header(header, value);
        }
        return answer.body(Map.of("errors", List.of(Map.of("message", message,
                "extensions", Map.of(GraphqlErrorCodes.EXTENSION, code)))));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
