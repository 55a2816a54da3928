package com.forecourt.common.schema;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated schemas describe the JSON Axon's Jackson serializer writes for each kind of component. */
class EventSchemaGeneratorTest {

    enum Status { OPEN, CLOSED }

    record Money(long pence, String currency) {
    }

    record Everything(UUID id, String name, int count, long pricePence, boolean active, BigDecimal rate,
                      Instant at, LocalDate day, YearMonth month, Duration window, Status status,
                      List<String> tags, Money price, List<Money> history, Map<String, Integer> stock,
                      @SchemaCompatibilityTest.Nullable String note) {
    }

    private final ObjectNode schema = new EventSchemaGenerator().generate(Everything.class, 3);

    @Test
    void namesTheDialectThePayloadTypeAndTheRevision() {
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString())
                .isEqualTo("urn:forecourt:event:" + Everything.class.getName() + ":3");
        assertThat(schema.get("title").asString()).isEqualTo("Everything revision 3");
        assertThat(schema.get("type").asString()).isEqualTo("object");
        assertThat(schema.has("additionalProperties")).as("consumers ignore unknown properties").isFalse();
    }

    @Test
    void listsTheComponentsInDeclarationOrder() {
        assertThat(schema.get("properties").propertyNames()).containsExactly("id", "name", "count", "pricePence",
                "active", "rate", "at", "day", "month", "window", "status", "tags", "price", "history", "stock",
                "note");
    }

    @Test
    void mapsJavaTypesTheWayJacksonWritesThem() {
        assertProperty("id", "{\"type\": \"string\", \"format\": \"uuid\"}");
        assertProperty("name", "{\"type\": \"string\"}");
        assertProperty("count", "{\"type\": \"integer\"}");
        assertProperty("pricePence", "{\"type\": \"integer\"}");
        assertProperty("active", "{\"type\": \"boolean\"}");
        assertProperty("rate", "{\"type\": \"number\"}");
        assertProperty("at", "{\"type\": \"string\", \"format\": \"date-time\"}");
        assertProperty("day", "{\"type\": \"string\", \"format\": \"date\"}");
        assertProperty("month", "{\"type\": \"string\"}");
        assertProperty("window", "{\"type\": \"number\"}");
        assertProperty("status", "{\"type\": \"string\", \"enum\": [\"OPEN\", \"CLOSED\"]}");
        assertProperty("tags", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}");
        assertProperty("stock", "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}}");
    }

    @Test
    void describesNestedRecordsOnceAndRefersToThem() {
        assertProperty("price", "{\"$ref\": \"#/$defs/Money\"}");
        assertProperty("history", "{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/Money\"}}");
        assertThat(schema.at("/$defs/Money")).isEqualTo(EventSchemaGenerator.parse("""
                {"type": "object",
                 "properties": {"pence": {"type": "integer"}, "currency": {"type": "string"}},
                 "required": ["pence", "currency"]}"""));
    }

    @Test
    void requiresEveryComponentButTheOnesDocumentedAsNullable() {
        assertProperty("note", "{\"type\": [\"string\", \"null\"]}");
        assertThat(schema.get("required").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(List.of("id", "name", "count", "pricePence", "active", "rate", "at",
                        "day", "month", "window", "status", "tags", "price", "history", "stock"));
    }

    @Test
    void writesStableText() {
        String text = EventSchemaGenerator.toText(schema);

        assertThat(text).endsWith("}\n").doesNotContain("\r");
        assertThat(EventSchemaGenerator.parse(text)).isEqualTo(schema);
    }

    private void assertProperty(String name, String expected) {
        assertThat(schema.at("/properties/" + name)).as(name).isEqualTo(EventSchemaGenerator.parse(expected));
    }
}
