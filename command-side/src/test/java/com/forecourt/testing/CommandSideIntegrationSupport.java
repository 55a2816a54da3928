package com.forecourt.testing;

import com.forecourt.commandside.CommandSideApplication;
import com.forecourt.common.CommandRejection;
import com.forecourt.common.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command side on a real PostgreSQL: every integration test extends this one configuration, so Spring caches one
 * application context and the database starts once per test JVM. Elasticsearch is pointed at a closed port so that
 * none is started: the command side never uses it.
 */
@SpringBootTest(classes = CommandSideApplication.class, properties = {
        CommandSideApplication.CONFIG_NAME,
        "forecourt.embedded.enabled=true",
        "forecourt.embedded.postgres.port=0",
        CommandSideIntegrationSupport.NO_ELASTICSEARCH,
        CommandSideIntegrationSupport.FAST_DEADLINE_POLLING
})
public abstract class CommandSideIntegrationSupport {

    /** The embedded stores start Elasticsearch unless its address is set; nothing listens here. */
    public static final String NO_ELASTICSEARCH = "forecourt.elasticsearch.uris=http://127.0.0.1:1";
    /** Due deadlines fire within a fraction of a second instead of within ten. */
    public static final String FAST_DEADLINE_POLLING = "forecourt.checkout.deadline-polling-interval=200ms";

    private static final String VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final AtomicInteger DAYS_AHEAD = new AtomicInteger(30);

    static {
        FreshDataDirectory.ensure();
    }

    @Autowired
    protected CommandGateway commands;
    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected Clock clock;

    /** The payloads of one aggregate's events, oldest first. */
    protected List<Object> eventsOf(Object aggregateId) {
        return eventStore.readEvents(aggregateId.toString()).asStream().map(Message::getPayload).map(Object.class::cast)
                .toList();
    }

    /** The payloads of one aggregate's events of one type, oldest first. */
    protected <T> List<T> eventsOf(Object aggregateId, Class<T> type) {
        return eventsOf(aggregateId).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A well-formed VIN nobody else in this JVM uses. */
    public static String uniqueVin() {
        StringBuilder vin = new StringBuilder(17);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 17; i++) {
            vin.append(VIN_ALPHABET.charAt(random.nextInt(VIN_ALPHABET.length())));
        }
        return vin.toString();
    }

    /** A future day no other test of this JVM delivers on, so each test has its own DeliveryDay aggregate. */
    protected LocalDate uniqueDeliveryDate() {
        return LocalDate.now(clock).plusDays(DAYS_AHEAD.incrementAndGet());
    }

    /** The stable code a refused command came back with, as a GraphQL client would read it. */
    public static Optional<ErrorCode> refusalCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandExecutionException execution
                    && execution.getDetails().orElse(null) instanceof CommandRejection rejection) {
                return Optional.of(rejection.code());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
