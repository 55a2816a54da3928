package com.forecourt.queryside.graphql;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.queryhandling.NoHandlerForQueryException;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells a command or query that nothing could take (no handler subscribed, no connection to Axon Server) from one
 * that failed in its handler; the first is SERVICE_UNAVAILABLE and retryable, for GraphQL ({@code ErrorCodes}) and
 * the photo upload alike.
 */
public final class ServiceAvailability {

    /** Axon Server's error codes (AXONIQ-…) that mean no handler or no connection, not a failure of a handler. */
    private static final Set<String> UNAVAILABLE = Stream.of(
                    org.axonframework.axonserver.connector.ErrorCode.CONNECTION_FAILED,
                    org.axonframework.axonserver.connector.ErrorCode.NO_HANDLER_FOR_COMMAND,
                    org.axonframework.axonserver.connector.ErrorCode.NO_HANDLER_FOR_QUERY,
                    org.axonframework.axonserver.connector.ErrorCode.COMMAND_DISPATCH_ERROR,
                    org.axonframework.axonserver.connector.ErrorCode.QUERY_DISPATCH_ERROR)
            .map(org.axonframework.axonserver.connector.ErrorCode::errorCode)
            .collect(Collectors.toUnmodifiableSet());

    private ServiceAvailability() {
    }

    /**
     * Whether nothing could take the request: no handler is subscribed for the command or query (in the distributed
     * deployment: the other side is down or still starting) or the connection to Axon Server failed. None of these
     * ran any business logic, so the request may simply be sent again.
     */
    public static boolean isUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 10; cause = cause.getCause()) {
            if (cause instanceof NoHandlerForCommandException || cause instanceof NoHandlerForQueryException
                    || cause instanceof CommandDispatchException || cause instanceof AxonServerQueryDispatchException) {
                return true;
            }
            if (cause instanceof AxonServerException axonServer && UNAVAILABLE.contains(axonServer.code())) {
                return true;
            }
            if (cause instanceof io.axoniq.axonserver.connector.AxonServerException connector
                    && UNAVAILABLE.contains(connector.getErrorCategory().errorCode())) {
                return true;
            }
            if (cause instanceof StatusRuntimeException grpc && grpc.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                return true;
            }
        }
        return false;
    }
}
