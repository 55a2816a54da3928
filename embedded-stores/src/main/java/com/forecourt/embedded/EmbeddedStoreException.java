package com.forecourt.embedded;

/**
 * An embedded store could not be installed, started or stopped. The message says which store, where its data and
 * logs are, and for start-up failures ends with the tail of the server's output.
 */
public class EmbeddedStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedStoreException(String message) {
        super(message);
    }

    public EmbeddedStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
