package com.forecourt.photo.store;

/** The photo store cannot be reached, read or written right now: a server-side condition, worth a retry later. */
public class PhotoStoreUnavailableException extends RuntimeException {

    public PhotoStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
