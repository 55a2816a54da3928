package com.forecourt.photo.web;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.CommandRejection;
import com.forecourt.common.ErrorCode;
import com.forecourt.photo.image.PhotoErrorCodes;
import com.forecourt.photo.image.PhotoRefusedException;
import com.forecourt.photo.store.PhotoStoreUnavailableException;
import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import com.forecourt.queryside.graphql.ServiceAvailability;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Every refusal of the photo endpoints as a JSON error with a stable code ({@link PhotoErrorBody}) and the HTTP
 * status that fits: 400 for a malformed request, 404 for no such car or photo, 409 when the car's state refuses the
 * photo, 413, 415 and 422 for the upload itself, 503 (retryable) when a store or the command side cannot be reached.
 * Only a fault of the server is INTERNAL (500), logged with an error id and reported without its cause.
 */
@RestControllerAdvice(assignableTypes = {PhotoUploadController.class, PhotoFileController.class})
class PhotoErrors {

    private static final Logger log = LoggerFactory.getLogger(PhotoErrors.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(PhotoRefusedException.class)
    ResponseEntity<PhotoErrorBody> refused(PhotoRefusedException refused) {
        return answer(HttpStatus.valueOf(refused.status()), PhotoErrorBody.of(refused.code(), refused.getMessage()));
    }

    /** Tomcat refuses the body past {@code forecourt.photos.max-upload-size}, by its declared length or as it reads. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<PhotoErrorBody> tooLarge(MaxUploadSizeExceededException tooLarge) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, PhotoErrorBody.of(PhotoErrorCodes.PHOTO_TOO_LARGE,
                "The upload is larger than forecourt.photos.max-upload-size allows"));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<PhotoErrorBody> missingPart(MissingServletRequestPartException missing) {
        return answer(HttpStatus.BAD_REQUEST, PhotoErrorBody.of(ErrorCode.BAD_USER_INPUT.name(),
                "Send the photo as the file part named photo of a multipart/form-data request"));
    }

    /** Not multipart at all, or a multipart body that does not parse. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<PhotoErrorBody> notMultipart(MultipartException malformed) {
        return answer(HttpStatus.BAD_REQUEST, PhotoErrorBody.of(ErrorCode.BAD_USER_INPUT.name(),
                "Send the photo as the file part named photo of a multipart/form-data request"));
    }

    @ExceptionHandler(CommandRejectedException.class)
    ResponseEntity<PhotoErrorBody> rejected(CommandRejectedException rejected) {
        return rejection(rejected.rejection());
    }

    @ExceptionHandler(PhotoUploadController.UploadsBusyException.class)
    ResponseEntity<PhotoErrorBody> busy(PhotoUploadController.UploadsBusyException busy) {
        return unavailable(busy.getMessage());
    }

    @ExceptionHandler(PhotoStoreUnavailableException.class)
    ResponseEntity<PhotoErrorBody> storeUnavailable(PhotoStoreUnavailableException unavailable) {
        log.warn("Photo store unavailable: {} ({})", unavailable.getMessage(),
                unavailable.getCause() == null ? "-" : unavailable.getCause().getClass().getName());
        return unavailable("The photo store is unavailable for the moment; try again shortly");
    }

    /** The command's outcome: its refusal, the command side out of reach, or a fault. */
    @ExceptionHandler({ExecutionException.class, TimeoutException.class})
    ResponseEntity<PhotoErrorBody> command(Exception failure) {
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof CommandRejectedException rejected) {
            return rejection(rejected.rejection());
        }
        if (cause instanceof CommandExecutionException execution
                && execution.getDetails().orElse(null) instanceof CommandRejection rejection) {
            return rejection(rejection);
        }
        if (cause instanceof TimeoutException || ServiceAvailability.isUnavailable(cause)) {
            log.warn("No handler, connection or answer for a photo command: {}", cause.getClass().getName());
            return unavailable("The service is unavailable for the moment; try again shortly");
        }
        return internal(cause);
    }

    /**
     * Spring MVC's own refusals (a header or parameter the request lacks, a media type it cannot answer) keep their
     * 4xx status as BAD_USER_INPUT; a client that went away gets nothing written; anything else is a fault.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<PhotoErrorBody> fault(Exception fault) {
        if (fault instanceof ErrorResponse standard && standard.getStatusCode().is4xxClientError()) {
            return answer(HttpStatus.valueOf(standard.getStatusCode().value()), PhotoErrorBody.of(
                    ErrorCode.BAD_USER_INPUT.name(), "The request does not match this endpoint (HTTP "
                            + standard.getStatusCode().value() + "); see docs/graphql.md, Photos"));
        }
        if (fault instanceof AsyncRequestNotUsableException || fault instanceof IOException) {
            log.debug("A photo request's client went away: {}", fault.getClass().getName());
            return null;
        }
        return internal(fault);
    }

    private static ResponseEntity<PhotoErrorBody> rejection(CommandRejection rejection) {
        HttpStatus status = switch (rejection.code()) {
            case VEHICLE_NOT_FOUND, PHOTO_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case VEHICLE_NOT_ON_SALE, TOO_MANY_PHOTOS, CONCURRENT_MODIFICATION -> HttpStatus.CONFLICT;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
            default -> HttpStatus.BAD_REQUEST;
        };
        return answer(status, PhotoErrorBody.of(rejection.code().name(), rejection.message()));
    }

    private static ResponseEntity<PhotoErrorBody> unavailable(String message) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON)
                .body(PhotoErrorBody.of(GraphqlErrorCodes.SERVICE_UNAVAILABLE, message, Map.of("retryable", true)));
    }

    private static ResponseEntity<PhotoErrorBody> internal(Throwable fault) {
        String id = UUID.randomUUID().toString();
        log.error("Internal error {} in a photo request", id, fault);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, PhotoErrorBody.of(ErrorCode.INTERNAL.name(),
                "Internal error " + id + "; it has been logged", Map.of("errorId", id)));
    }

    private static ResponseEntity<PhotoErrorBody> answer(HttpStatus status, PhotoErrorBody body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
