package com.forecourt.photo.image;

/**
 * An upload refused for what it is, before anything is stored: a client's mistake with a stable code
 * ({@link PhotoErrorCodes}), the HTTP status to answer with, and a message that names the rule, never the content.
 */
public class PhotoRefusedException extends RuntimeException {

    private final String code;
    private final int status;

    public PhotoRefusedException(String code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    /** The stable code, for {@code extensions.code}. */
    public String code() {
        return code;
    }

    /** The HTTP status: 413, 415 or 422. */
    public int status() {
        return status;
    }
}
