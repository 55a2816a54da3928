package com.forecourt.common.schema;

import com.forecourt.common.DomainEvent;
import com.forecourt.common.SchemaRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's rules on a scratch schema folder: how the build fails when an event's field is removed, when a
 * schema is missing, drifted or orphaned, and what update mode writes and refuses.
 */
class EventSchemaContractRulesTest {

    /** The event as it was when its schema was committed. */
    record PriceChanged(String vin, long pricePence, Instant changedAt) implements DomainEvent {
    }

    /** The same event after someone deleted a component. */
    record PriceChangedWithoutTime(String vin, long pricePence) implements DomainEvent {
    }

    /** The same event after someone added a component documented as nullable. */
    record PriceChangedWithReason(String vin, long pricePence, Instant changedAt,
                                  @SchemaCompatibilityTest.Nullable String reason) implements DomainEvent {
    }

    /** An event whose revision was raised. */
    @SchemaRevision(2)
    record PriceCorrected(String vin, long pricePence) implements DomainEvent {
    }

    @TempDir
    Path schemas;

    private final EventSchemaGenerator generator = new EventSchemaGenerator();

    @Test
    void removingAFieldFailsTheBuildAndAsksForANewRevisionAndAnUpcaster() throws IOException {
        commit(PriceChangedWithoutTime.class, 1, generator.generate(PriceChanged.class, 1));

        EventSchemaContract.Outcome outcome = contract().check(List.of(PriceChangedWithoutTime.class), false);

        assertThat(outcome.problems()).singleElement().asString()
                .contains(PriceChangedWithoutTime.class.getName() + " changed incompatibly with its committed schema"
                        + " common/schema/EventSchemaContractRulesTest.PriceChangedWithoutTime.v1.json")
                .contains("$.changedAt: property removed")
                .contains("raise @SchemaRevision to 2 and add an upcaster from revision 1");
    }

    @Test
    void updateModeRefusesToOverwriteASchemaWithAnIncompatibleOne() throws IOException {
        String committed = commit(PriceChangedWithoutTime.class, 1, generator.generate(PriceChanged.class, 1));

        EventSchemaContract.Outcome outcome = contract().check(List.of(PriceChangedWithoutTime.class), true);

        assertThat(outcome.problems()).singleElement().asString()
                .contains("raise @SchemaRevision to 2 and add an upcaster from revision 1");
        assertThat(outcome.written()).isEmpty();
        assertThat(Files.readString(schemas.resolve(path(PriceChangedWithoutTime.class, 1)))).isEqualTo(committed);
    }

    @Test
    void aMissingSchemaFailsWithTheRegenerationCommand() {
        EventSchemaContract.Outcome outcome = contract().check(List.of(PriceChanged.class), false);

        assertThat(outcome.problems()).singleElement().asString()
                .contains("has no committed schema common/schema/EventSchemaContractRulesTest.PriceChanged.v1.json")
                .contains("./mvnw -pl events-api test -Dforecourt.schemas.update=true");
    }

    @Test
    void updateModeWritesAMissingSchemaThatThenPasses() {
        EventSchemaContract.Outcome written = contract().check(List.of(PriceChanged.class), true);

        assertThat(written.problems()).isEmpty();
        assertThat(written.written()).containsExactly(path(PriceChanged.class, 1));
        assertThat(schemas.resolve(path(PriceChanged.class, 1))).isRegularFile();
        assertThat(contract().check(List.of(PriceChanged.class), false).problems()).isEmpty();
    }

    @Test
    void aCompatibleChangeIsDriftUntilRegenerated() throws IOException {
        commit(PriceChangedWithReason.class, 1, generator.generate(PriceChanged.class, 1));

        assertThat(contract().check(List.of(PriceChangedWithReason.class), false).problems()).singleElement()
                .asString().contains("is out of date").contains("(a compatible change)")
                .contains("./mvnw -pl events-api test -Dforecourt.schemas.update=true");

        assertThat(contract().check(List.of(PriceChangedWithReason.class), true).written()).hasSize(1);
        assertThat(contract().check(List.of(PriceChangedWithReason.class), false).problems()).isEmpty();
    }

    @Test
    void aRaisedRevisionNeedsThePreviousRevisionsSchema() throws IOException {
        commit(PriceCorrected.class, 2, generator.generate(PriceCorrected.class, 2));

        assertThat(contract().check(List.of(PriceCorrected.class), false).problems()).singleElement().asString()
                .contains("is at revision 2 but the schema of revision 1 is not committed");

        commit(PriceCorrected.class, 1, generator.generate(PriceChanged.class, 1));
        assertThat(contract().check(List.of(PriceCorrected.class), false).problems()).isEmpty();
    }

    @Test
    void aSchemaWithoutItsEventFails() throws IOException {
        commit(PriceChanged.class, 1, generator.generate(PriceChanged.class, 1));
        commit(PriceChanged.class, 2, generator.generate(PriceChanged.class, 2));

        assertThat(contract().check(List.of(PriceChanged.class), false).problems()).singleElement().asString()
                .startsWith("Committed schema common/schema/EventSchemaContractRulesTest.PriceChanged.v2.json belongs"
                        + " to no event");
    }

    @Test
    void aSchemaMustNameItsEventAndRevision() throws IOException {
        write(path(PriceChanged.class, 1), generator.generate(PriceChanged.class, 1).put("$id", "urn:elsewhere"));

        assertThat(contract().check(List.of(PriceChanged.class), false).problems()).anySatisfy(problem ->
                assertThat(problem).contains("has $id 'urn:elsewhere'"));
    }

    @Test
    void schemasLiveInTheirFeatureFolderByEventAndRevision() {
        assertThat(EventCatalogue.schemaPath(com.forecourt.vehicle.api.VehicleListed.class, 2))
                .isEqualTo("vehicle/VehicleListed.v2.json");
        assertThat(EventCatalogue.revision(PriceCorrected.class)).isEqualTo(2);
        assertThat(EventCatalogue.revision(PriceChanged.class)).isEqualTo(1);
    }

    private EventSchemaContract contract() {
        return new EventSchemaContract(schemas, generator);
    }

    private String path(Class<?> event, int revision) {
        return EventCatalogue.schemaPath(event, revision);
    }

    /** Commits {@code schema} as the given event's schema at that revision, with the {@code $id} it must have. */
    private String commit(Class<?> event, int revision, ObjectNode schema) throws IOException {
        schema.put("$id", EventSchemaGenerator.schemaId(event.getName(), revision));
        return write(path(event, revision), schema);
    }

    private String write(String path, ObjectNode schema) throws IOException {
        Path file = schemas.resolve(path);
        Files.createDirectories(file.getParent());
        String text = EventSchemaGenerator.toText(schema);
        Files.writeString(file, text);
        return text;
    }
}
