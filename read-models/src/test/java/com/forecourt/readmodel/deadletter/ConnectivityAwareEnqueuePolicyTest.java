package com.forecourt.readmodel.deadletter;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A store that is down fails the batch; anything else is dead-lettered with its cause. */
class ConnectivityAwareEnqueuePolicyTest {

    private final ConnectivityAwareEnqueuePolicy policy = new ConnectivityAwareEnqueuePolicy();

    @Test
    void cannotEnqueueConnectivityFailures() {
        assertRethrown(new ConnectException("Connection refused"));
        assertRethrown(new SocketTimeoutException("Read timed out"));
        assertRethrown(new IOException("Elasticsearch client: connection closed"));
        assertRethrown(new java.io.UncheckedIOException(new IOException("broken pipe")));
        assertRethrown(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));
        assertRethrown(new DataAccessResourceFailureException("database gone"));
        assertRethrown(new RuntimeException(new SQLException("connection failure", "08006")));
        assertRethrown(new IllegalStateException("wrapped", new ConnectException("Connection refused")));
        assertRethrown(elasticsearch(503));
        assertRethrown(elasticsearch(429));
    }

    @Test
    void canRethrowUncheckedFailuresAsTheyAre() {
        CannotGetJdbcConnectionException failure = new CannotGetJdbcConnectionException("no connection");
        assertThatThrownBy(() -> policy.decide(letter(failure), failure)).isSameAs(failure);
        ConnectException checked = new ConnectException("refused");
        assertThatThrownBy(() -> policy.decide(letter(checked), checked))
                .isInstanceOf(StoreUnavailableException.class).hasCause(checked);
    }

    @Test
    void canEnqueueAPoisonEventWithItsCause() {
        IllegalStateException failure = new IllegalStateException("cannot handle this event");

        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter(failure), failure);

        assertThat(decision.shouldEnqueue()).isTrue();
        // the cause is kept as its description, which carries no data of the event (FailureDescriptions)
        assertThat(decision.enqueueCause()).get(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ProjectionFailure.class).hasMessage("IllegalStateException: cannot handle this event");
        DeadLetter<? extends EventMessage<?>> enqueued = decision.withDiagnostics(letter(failure));
        assertThat(enqueued.diagnostics().get(ConnectivityAwareEnqueuePolicy.RETRIES)).isEqualTo(0);
    }

    @Test
    void canEnqueueClientErrorsOfElasticsearch() {
        ElasticsearchException mappingError = elasticsearch(400);

        assertThat(policy.decide(letter(mappingError), mappingError).shouldEnqueue()).isTrue();
    }

    @Test
    void canCountRetriesOfALetterThatFailsAgain() {
        IllegalStateException failure = new IllegalStateException("still broken");
        DeadLetter<EventMessage<?>> queued = letter(failure)
                .withDiagnostics(diagnostics -> diagnostics.and(ConnectivityAwareEnqueuePolicy.RETRIES, 2));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(queued, failure);

        assertThat(decision.withDiagnostics(queued).diagnostics().get(ConnectivityAwareEnqueuePolicy.RETRIES))
                .isEqualTo(3);
    }

    private void assertRethrown(Throwable failure) {
        assertThatThrownBy(() -> policy.decide(letter(failure), failure))
                .as("%s", failure)
                .satisfies(thrown -> assertThat(thrown == failure || thrown.getCause() == failure).isTrue());
    }

    private static DeadLetter<EventMessage<?>> letter(Throwable failure) {
        return new GenericDeadLetter<>("WVWZZZ1KZAW000001", GenericEventMessage.asEventMessage("an event"), failure);
    }

    private static ElasticsearchException elasticsearch(int status) {
        return new ElasticsearchException("bulk", ErrorResponse.of(response -> response.status(status)
                .error(error -> error.type("test").reason("status " + status))));
    }
}
