package com.forecourt.readmodel.deadletter;

/**
 * The cause a dead letter is stored with: the {@link FailureDescriptions description} of what the projector failed
 * on, never the failure's own message, which may quote the data that failed. Its type is not shown to admins; its
 * message is.
 */
public final class ProjectionFailure extends RuntimeException {

    ProjectionFailure(Throwable failure) {
        super(FailureDescriptions.describe(failure), null, false, false);
    }
}
