package com.forecourt.readmodel.deadletter;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import com.forecourt.readmodel.elasticsearch.DocumentRejectedException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.elasticsearch.client.ResponseException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Decides what happens to an event a projector failed on.
 * <ul>
 *   <li>A store that is down or overloaded is not the event's fault: connection failures, I/O errors of the
 *   Elasticsearch client, Elasticsearch answers 429 or 5xx, and transient or connection-level JDBC errors anywhere in
 *   the cause chain are rethrown (as {@link StoreUnavailableException} when checked). The batch fails, the token does
 *   not advance and the pooled streaming processor retries with backoff.</li>
 *   <li>Everything else is a poison event: its sequence (the aggregate) is dead-lettered with a description of the
 *   cause that holds no data ({@link FailureDescriptions}), and the diagnostics count how often it has been retried
 *   ({@value #RETRIES}).</li>
 * </ul>
 */
public class ConnectivityAwareEnqueuePolicy implements EnqueuePolicy<EventMessage<?>> {

    /** Diagnostics key: how many times the letter failed again after being dead-lettered. */
    public static final String RETRIES = "retries";

    private static final int MAX_DEPTH = 32;

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isConnectivityFailure(cause)) {
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StoreUnavailableException(cause);
        }
        return Decisions.<EventMessage<?>>enqueue(new ProjectionFailure(cause),
                ConnectivityAwareEnqueuePolicy::countRetry);
    }

    private static MetaData countRetry(DeadLetter<?> letter) {
        Object previous = letter.diagnostics().get(RETRIES);
        int retries = previous instanceof Number number ? number.intValue() + 1 : previous == null ? 0 : 1;
        return letter.diagnostics().and(RETRIES, retries);
    }

    /** Whether the failure, or anything in its cause chain, says that a store could not be reached. */
    public static boolean isConnectivityFailure(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable current = failure;
        int depth = 0;
        while (current != null && depth++ < MAX_DEPTH && seen.add(current)) {
            Boolean verdict = classify(current);
            if (verdict != null) {
                return verdict;
            }
            current = current.getCause();
        }
        return false;
    }

    /** TRUE or FALSE when this exception decides, null to look at its cause. */
    private static Boolean classify(Throwable failure) {
        if (failure instanceof ResponseException response) {
            return isUnavailable(response.getResponse().getStatusLine().getStatusCode());
        }
        if (failure instanceof TransportException transport) {
            int status = transport.statusCode();
            return status <= 0 || isUnavailable(status);
        }
        if (failure instanceof DocumentRejectedException rejected) {
            return isUnavailable(rejected.status());
        }
        if (failure instanceof ElasticsearchException elasticsearch) {
            return isUnavailable(elasticsearch.status());
        }
        if (failure instanceof IOException) {
            return true; // ConnectException, SocketTimeoutException, ConnectionClosedException, ...
        }
        if (failure instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
                || failure instanceof TransientDataAccessException
                || failure instanceof CannotCreateTransactionException) {
            return true;
        }
        if (failure instanceof SQLTransientException || failure instanceof SQLRecoverableException) {
            return true;
        }
        if (failure instanceof SQLException sql && isUnavailable(sql.getSQLState())) {
            return true;
        }
        return null;
    }

    private static boolean isUnavailable(int httpStatus) {
        return httpStatus == 429 || httpStatus >= 500;
    }

    /** PostgreSQL: 08 connection exception, 53 insufficient resources, 57P0x operator intervention (shutdown). */
    private static boolean isUnavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("53")
                || sqlState.startsWith("57P0"));
    }
}
