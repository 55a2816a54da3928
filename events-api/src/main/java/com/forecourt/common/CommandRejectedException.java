package com.forecourt.common;

import java.util.Objects;

/**
 * Thrown by a command handler that refuses a command; nothing is stored when it is thrown.
 */
public class CommandRejectedException extends RuntimeException {

    private final ErrorCode code;

    /** Rejects a command for the given reason with a human-readable message. */
    public CommandRejectedException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code clients can act on. */
    public ErrorCode code() {
        return code;
    }

    /** The details that travel back to the sender, also across Axon Server where the exception itself does not. */
    public CommandRejection rejection() {
        return new CommandRejection(code, getMessage());
    }
}
