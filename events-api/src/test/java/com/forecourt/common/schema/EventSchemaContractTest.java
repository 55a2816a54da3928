package com.forecourt.common.schema;

import com.forecourt.vehicle.api.VehicleListed;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The build's gate on the event contract: every event of events-api has a committed, up-to-date JSON Schema for
 * its current revision, and no change breaks a committed schema (docs/events.md). With
 * {@code -Dforecourt.schemas.update=true} it writes the missing or drifted schemas instead, but it still refuses
 * an incompatible change.
 */
class EventSchemaContractTest {

    /** events-api's {@code src/main/resources/schemas}; Surefire runs in the module's directory. */
    static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    static final Path SCHEMA_ROOT = MODULE.resolve("src/main/resources/schemas");

    @Test
    void discoversTheEventsOfEventsApi() {
        assertThat(EventCatalogue.events()).contains(VehicleListed.class).allSatisfy(event ->
                assertThat(event.getName()).doesNotContain(".schema."));
    }

    @Test
    void everyEventMatchesItsCommittedSchemas() {
        assertThat(MODULE.resolve("src/main/java/com/forecourt/common")).as("run from events-api's directory")
                .isDirectory();
        List<Class<?>> events = EventCatalogue.events();
        boolean update = Boolean.getBoolean(EventSchemaContract.UPDATE_PROPERTY);

        EventSchemaContract.Outcome outcome = new EventSchemaContract(SCHEMA_ROOT, new EventSchemaGenerator())
                .check(events, update);

        outcome.written().forEach(path -> System.out.println("[event schemas] wrote " + SCHEMA_ROOT.resolve(path)));
        if (!outcome.problems().isEmpty()) {
            fail("The event schemas in events-api/src/main/resources/schemas break the contract (docs/events.md):\n\n"
                    + String.join("\n\n", outcome.problems()) + "\n");
        }
    }
}
