package com.forecourt.telemetry.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.input.Identifiers;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a request body into a {@link TelemetryBatch}, all or nothing: the body must be one JSON object (no duplicate
 * keys, nothing after it) that passes {@code telemetry/schemas/Batch.v1.json}, and every event the strict schema of
 * its type (the JSON Schema validator of the event contract, formats asserted), and then the input policy (ADR 13)
 * and the personal-data check ({@link PersonalData}). The first refusal is thrown as a
 * {@link TelemetryRefusedException} whose message names the field by its path and the rule, never the value.
 * Thread-safe; the schemas are loaded once.
 */
public final class TelemetryReader {

    static final String BATCH_SCHEMA = "telemetry/schemas/Batch.v1.json";
    private static final ExecutionConfig ASSERT_FORMATS = ExecutionConfig.builder().formatAssertionsEnabled(true).build();
    /** A field name a client may be told back: an identifier, not free text that could be personal data. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Schema batch;
    private final Map<TelemetryEventType, Schema> events = new EnumMap<>(TelemetryEventType.class);

    public TelemetryReader() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        this.batch = registry.getSchema(readTree(BATCH_SCHEMA));
        for (TelemetryEventType type : TelemetryEventType.values()) {
            events.put(type, registry.getSchema(readTree(type.schema())));
        }
    }

    /**
     * @param body       the request body, UTF-8 JSON
     * @param receivedAt the server's receive time, stored with every event
     * @throws TelemetryRefusedException for the first thing wrong, with its code
     */
    public TelemetryBatch read(byte[] body, Instant receivedAt) {
        JsonNode root = parse(body);
        check(batch, root, "", "a telemetry batch");
        String sessionId;
        try {
            sessionId = Identifiers.uuid("sessionId", root.get("sessionId").asText()).toString();
        } catch (CommandRejectedException e) {
            throw new TelemetryRefusedException(e.code().name(), e.getMessage());
        }
        LocalDate receivedOn = receivedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        List<TelemetryEvent> read = new ArrayList<>();
        JsonNode items = root.get("events");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "events[" + i + "]";
            TelemetryEventType type = TelemetryEventType.named(item.get("type").asText()).orElseThrow(() ->
                    new TelemetryRefusedException(TelemetryErrorCodes.UNKNOWN_EVENT_TYPE, path
                            + ".type is none of SearchMade, VehiclePageViewed, DeliveryDatesOffered, CheckoutAbandoned"));
            check(events.get(type), item, path, type.wireName());
            read.add(type.read(new EventFields(item, path, receivedOn)));
        }
        return new TelemetryBatch(sessionId, receivedAt, read);
    }

    private static JsonNode parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input
            throw new TelemetryRefusedException(TelemetryErrorCodes.BAD_USER_INPUT,
                    "The body must be one JSON object, without duplicate keys, in UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new TelemetryRefusedException(TelemetryErrorCodes.BAD_USER_INPUT,
                    "The body must be one JSON object: {\"sessionId\": …, \"events\": […]}");
        }
        return root;
    }

    private static void check(Schema schema, JsonNode node, String path, String what) {
        List<Error> errors = schema.validate(node, context -> context.setExecutionConfig(ASSERT_FORMATS));
        if (!errors.isEmpty()) {
            throw refusal(errors.get(0), path, what);
        }
    }

    /** A refusal in our words: networknt's messages may quote the value (a pattern, an enum), ours never do. */
    static TelemetryRefusedException refusal(Error error, String path, String what) {
        String at = join(path, error.getInstanceLocation());
        String field = at.isEmpty() ? "The body" : at;
        JsonNode rule = error.getSchemaNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "additionalProperties", "unevaluatedProperties" -> {
                String name = error.getProperty();
                String named = name != null && PLAIN_NAME.matcher(name).matches() ? " '" + name + "'" : "";
                yield new TelemetryRefusedException(TelemetryErrorCodes.UNKNOWN_FIELD,
                        field + " has a field" + named + " that " + what + " does not define");
            }
            case "required" -> new TelemetryRefusedException(TelemetryErrorCodes.BAD_USER_INPUT,
                    join(field, error.getProperty()) + " is required in " + what);
            case "maxItems" -> new TelemetryRefusedException(TelemetryErrorCodes.LIST_TOO_LONG,
                    field + " must hold at most " + number(rule) + " items");
            case "minItems" -> badInput(field + " must hold at least " + number(rule) + " items");
            case "uniqueItems" -> badInput(field + " must not repeat a value");
            case "maxLength" -> badInput(field + " must be at most " + number(rule) + " characters");
            case "minLength" -> badInput(field + " must not be empty");
            case "minimum" -> badInput(field + " must be at least " + number(rule));
            case "maximum" -> badInput(field + " must be at most " + number(rule));
            case "enum", "const" -> badInput(field + " must be one of " + allowed(rule));
            case "type" -> badInput(field + " must be of type " + (rule == null ? "?" : rule.asText()));
            case "format" -> badInput(field + " must be " + format(rule == null ? "" : rule.asText()));
            default -> badInput(field + " does not match the schema of " + what + " (" + keyword + ")");
        };
    }

    private static String join(String path, NodePath location) {
        StringBuilder at = new StringBuilder(path);
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                at.append('[').append(index).append(']');
            } else {
                at.append(at.isEmpty() ? "" : ".").append(element);
            }
        }
        return at.toString();
    }

    private static String join(String field, String property) {
        return property == null ? field : "The body".equals(field) ? property : field + "." + property;
    }

    private static String number(JsonNode rule) {
        return rule == null ? "?" : rule.asText();
    }

    private static String allowed(JsonNode rule) {
        if (rule == null) {
            return "the values its schema lists";
        }
        if (rule.isArray()) {
            List<String> values = new ArrayList<>();
            rule.forEach(value -> values.add(value.asText()));
            return String.join(", ", values);
        }
        return rule.asText();
    }

    private static String format(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "date-time" -> "an ISO-8601 date-time with an offset, such as 2026-11-30T10:15:30Z";
            case "date" -> "a date written yyyy-MM-dd that exists";
            case "uuid" -> "a UUID written 8-4-4-4-12 in hexadecimal";
            default -> "in the format " + format;
        };
    }

    private static TelemetryRefusedException badInput(String message) {
        return new TelemetryRefusedException(TelemetryErrorCodes.BAD_USER_INPUT, message);
    }

    private static JsonNode readTree(String resource) {
        try (InputStream in = TelemetryReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
