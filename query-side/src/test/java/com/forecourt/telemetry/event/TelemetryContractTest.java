package com.forecourt.telemetry.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.query.SearchInterpretation;
import com.forecourt.vehicle.query.SearchRelaxation;
import com.forecourt.vehicle.query.VehicleSort;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas, the Java types and the index mapping say the same thing: the schemas' enums are the API's, and every
 * field a document can have is mapped (the mapping is strict, so one that is not would be refused by Elasticsearch).
 */
class TelemetryContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void canFindTheApisEnumsInTheSearchSchema() throws IOException {
        JsonNode search = resource(TelemetryEventType.SEARCH_MADE.schema()).get("properties");

        assertThat(values(search.at("/filters/properties/fuelType/items/enum"))).containsExactlyElementsOf(
                Arrays.stream(FuelType.values()).map(Enum::name).toList());
        assertThat(values(search.at("/filters/properties/transmission/items/enum"))).containsExactlyElementsOf(
                Arrays.stream(Transmission.values()).map(Enum::name).toList());
        assertThat(values(search.at("/sort/enum"))).containsExactlyElementsOf(
                Arrays.stream(VehicleSort.values()).map(Enum::name).toList());
        assertThat(values(search.at("/widened/enum"))).containsExactlyElementsOf(
                Arrays.stream(SearchRelaxation.Kind.values()).map(Enum::name).toList());
        assertThat(values(search.at("/understood/items/enum"))).containsExactlyElementsOf(
                Arrays.stream(SearchInterpretation.Kind.values()).map(Enum::name).toList());
    }

    @Test
    void canFindEveryCheckoutStepInItsSchema() throws IOException {
        JsonNode abandoned = resource(TelemetryEventType.CHECKOUT_ABANDONED.schema()).get("properties");

        assertThat(values(abandoned.at("/step/enum"))).containsExactlyElementsOf(
                Arrays.stream(CheckoutStep.values()).map(Enum::name).toList());
    }

    @Test
    void canFindEveryTypesSchemaNamingItsType() throws IOException {
        for (TelemetryEventType type : TelemetryEventType.values()) {
            JsonNode schema = resource(type.schema());
            assertThat(schema.at("/properties/type/const").asText()).isEqualTo(type.wireName());
            assertThat(schema.get("additionalProperties").asBoolean(true)).as(type.schema()).isFalse();
        }
    }

    @Test
    void canMapEveryFieldOfEveryDocument() throws IOException {
        JsonNode mapping = resource("telemetry/index.json").at("/mappings");
        String everything = "{\"sessionId\":\"8c1f3a52-2c0a-4f4f-8f7e-3b0c2c1f6a11\",\"events\":["
                + "{\"type\":\"SearchMade\",\"at\":\"2026-11-30T10:00:00Z\",\"text\":\"polo\",\"sort\":\"NEWEST\","
                + "\"resultCount\":3,\"filters\":{\"make\":[\"VW\"],\"bodyType\":[\"Estate\"],\"fuelType\":[\"DIESEL\"],"
                + "\"transmission\":[\"MANUAL\"],\"minPricePence\":1,\"maxPricePence\":2,\"minYear\":2001,"
                + "\"maxYear\":2002,\"maxMileage\":3,\"colour\":[\"Red\"],\"minMileage\":1},"
                + "\"widened\":\"FEWER_WORDS\",\"understood\":[\"COLOUR\"]},"
                + "{\"type\":\"VehiclePageViewed\",\"at\":\"2026-11-30T10:00:00Z\",\"vin\":\"WVWZZZAWZLU000001\"},"
                + "{\"type\":\"DeliveryDatesOffered\",\"at\":\"2026-11-30T10:00:00Z\",\"vin\":\"WVWZZZAWZLU000001\","
                + "\"dates\":[{\"date\":\"2026-12-01\",\"freeSlots\":1}]},"
                + "{\"type\":\"CheckoutAbandoned\",\"at\":\"2026-11-30T10:00:00Z\",\"vin\":\"WVWZZZAWZLU000001\","
                + "\"step\":\"SIGN_IN\"}]}";
        List<TelemetryDocument> documents = new TelemetryReader()
                .read(everything.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-30T10:00:01Z")).documents();

        List<String> unmapped = new ArrayList<>();
        documents.forEach(document -> collectUnmapped(mapping, JSON.valueToTree(document.source()), "", unmapped));
        assertThat(unmapped).isEmpty();
        assertThat(mapping.get("dynamic").asText()).isEqualTo("strict");
    }

    private static void collectUnmapped(JsonNode mapping, JsonNode document, String path, List<String> unmapped) {
        document.properties().forEach(field -> {
            JsonNode mapped = mapping.at("/properties/" + field.getKey());
            JsonNode value = field.getValue().isArray() && !field.getValue().isEmpty() ? field.getValue().get(0)
                    : field.getValue();
            if (mapped.isMissingNode()) {
                unmapped.add(path + field.getKey());
            } else if (value.isObject()) {
                collectUnmapped(mapped, value, path + field.getKey() + ".", unmapped);
            }
        });
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = TelemetryContractTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }
}
