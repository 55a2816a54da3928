package com.forecourt.common.schema;

import com.forecourt.common.schema.SchemaCompatibility.Change;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker itself: each kind of breaking change is caught, and the compatible ones pass. The schemas are
 * generated from small records that stand for one event before and after a change.
 */
class SchemaCompatibilityTest {

    /** Stands for the annotation events-api would use to document a nullable component. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @interface Nullable {
    }

    enum Fuel { PETROL, DIESEL, ELECTRIC }

    enum FuelWithoutDiesel { PETROL, ELECTRIC }

    enum FuelWithHydrogen { PETROL, DIESEL, ELECTRIC, HYDROGEN }

    record Price(long pence, String currency) {
    }

    record PriceWithoutCurrency(long pence) {
    }

    /** The event as committed. */
    record Listed(String vin, long pricePence, List<String> features, Fuel fuel, Instant listedAt) {
    }

    record ListedWithoutFeatures(String vin, long pricePence, Fuel fuel, Instant listedAt) {
    }

    record ListedWithPriceRenamed(String vin, long price, List<String> features, Fuel fuel, Instant listedAt) {
    }

    record ListedWithPriceAsText(String vin, String pricePence, List<String> features, Fuel fuel, Instant listedAt) {
    }

    record ListedWithFeaturesAsText(String vin, long pricePence, String features, Fuel fuel, Instant listedAt) {
    }

    record ListedWithNumericFeatures(String vin, long pricePence, List<Integer> features, Fuel fuel,
                                     Instant listedAt) {
    }

    record ListedWithTimeAsText(String vin, long pricePence, List<String> features, Fuel fuel, String listedAt) {
    }

    record ListedWithFuelRemoved(String vin, long pricePence, List<String> features, FuelWithoutDiesel fuel,
                                 Instant listedAt) {
    }

    record ListedWithFuelAdded(String vin, long pricePence, List<String> features, FuelWithHydrogen fuel,
                               Instant listedAt) {
    }

    record ListedWithRequiredColour(String vin, long pricePence, List<String> features, Fuel fuel, Instant listedAt,
                                    String colour) {
    }

    record ListedWithOptionalColour(String vin, long pricePence, List<String> features, Fuel fuel, Instant listedAt,
                                    @Nullable String colour) {
    }

    record ListedWithNullableVin(@Nullable String vin, long pricePence, List<String> features, Fuel fuel,
                                 Instant listedAt) {
    }

    record Priced(String vin, Price price, List<Price> history) {
    }

    record PricedWithoutCurrency(String vin, PriceWithoutCurrency price, List<PriceWithoutCurrency> history) {
    }

    private final EventSchemaGenerator generator = new EventSchemaGenerator();

    @Test
    void theSameSchemaIsCompatible() {
        assertThat(changes(Listed.class, Listed.class)).isEmpty();
    }

    @Test
    void aRemovedFieldIsIncompatible() {
        assertThat(changes(Listed.class, ListedWithoutFeatures.class))
                .containsExactly(new Change("$.features", "property removed"));
    }

    @Test
    void aRenamedFieldIsIncompatible() {
        assertThat(changes(Listed.class, ListedWithPriceRenamed.class)).extracting(Change::toString)
                .containsExactlyInAnyOrder(
                        "$.pricePence: property removed or renamed (properties added beside it: price)",
                        "$.price: new property is required: events stored before it was added do not have it;"
                                + " document it as nullable to make it optional");
    }

    @Test
    void aRetypedFieldIsIncompatible() {
        assertThat(changes(Listed.class, ListedWithPriceAsText.class))
                .containsExactly(new Change("$.pricePence", "type changed from integer to string"));
        assertThat(changes(Listed.class, ListedWithFeaturesAsText.class))
                .contains(new Change("$.features", "type changed from array to string"));
    }

    @Test
    void aChangedArrayItemTypeIsIncompatible() {
        assertThat(changes(Listed.class, ListedWithNumericFeatures.class))
                .containsExactly(new Change("$.features[]", "type changed from string to integer"));
    }

    @Test
    void aChangedFormatIsIncompatible() {
        assertThat(changes(Listed.class, ListedWithTimeAsText.class))
                .containsExactly(new Change("$.listedAt", "format changed from 'date-time' to none"));
    }

    @Test
    void aRemovedEnumValueIsIncompatibleButAnAddedOneIsNot() {
        assertThat(changes(Listed.class, ListedWithFuelRemoved.class))
                .containsExactly(new Change("$.fuel", "enum values removed: \"DIESEL\""));
        assertThat(changes(Listed.class, ListedWithFuelAdded.class)).isEmpty();
    }

    @Test
    void aNewRequiredFieldIsIncompatible() {
        assertThat(changes(Listed.class, ListedWithRequiredColour.class)).extracting(Change::path)
                .containsExactly("$.colour");
    }

    @Test
    void aNewOptionalFieldIsCompatible() {
        assertThat(changes(Listed.class, ListedWithOptionalColour.class)).isEmpty();
    }

    @Test
    void makingAFieldNullableIsIncompatible() {
        assertThat(changes(Listed.class, ListedWithNullableVin.class)).extracting(Change::toString)
                .containsExactlyInAnyOrder("$.vin: type changed from string to null|string",
                        "$.vin: property is no longer required: consumers rely on it being present");
    }

    @Test
    void nestedRecordsAreComparedThroughTheirDefinitions() {
        assertThat(changes(Priced.class, PricedWithoutCurrency.class)).extracting(Change::toString)
                .containsExactly("$.price.currency: property removed");
    }

    @Test
    void otherValidationKeywordsAreReportedWhenTheyChange() {
        JsonNode old = EventSchemaGenerator.parse("""
                {"type": "object", "properties": {"vin": {"type": "string", "pattern": "^[A-Z0-9]{17}$"}},
                 "required": ["vin"], "description": "before"}""");
        JsonNode stricter = EventSchemaGenerator.parse("""
                {"type": "object", "properties": {"vin": {"type": "string", "pattern": "^[A-Z]{17}$"}},
                 "required": ["vin"], "description": "after"}""");

        assertThat(SchemaCompatibility.incompatibleChanges(old, stricter))
                .containsExactly(new Change("$.vin", "'pattern' changed from \"^[A-Z0-9]{17}$\" to \"^[A-Z]{17}$\""));
    }

    @Test
    void aBrokenReferenceIsReported() {
        JsonNode old = EventSchemaGenerator.parse("""
                {"type": "object", "properties": {"price": {"$ref": "#/$defs/Price"}},
                 "$defs": {"Price": {"type": "integer"}}}""");
        JsonNode dangling = EventSchemaGenerator.parse("""
                {"type": "object", "properties": {"price": {"$ref": "#/$defs/Money"}}}""");

        assertThat(SchemaCompatibility.incompatibleChanges(old, dangling))
                .containsExactly(new Change("$.price", "$ref '#/$defs/Money' points nowhere"));
    }

    private List<Change> changes(Class<?> before, Class<?> after) {
        return SchemaCompatibility.incompatibleChanges(generator.generate(before, 1), generator.generate(after, 1));
    }
}
