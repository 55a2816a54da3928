package com.forecourt.platform.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.platform.axon.AxonSerializationConfiguration;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The committed JSON Schemas of the events, as shipped in the events-api jar under
 * {@code schemas/<feature>/<EventName>.v<revision>.json} (docs/events.md), loaded once each and kept.
 */
public final class EventSchemas {

    private static final String ROOT_PACKAGE = "com.forecourt.";
    private static final ObjectMapper MAPPER = AxonSerializationConfiguration.axonObjectMapper();
    private static final ExecutionConfig ASSERT_FORMATS = ExecutionConfig.builder().formatAssertionsEnabled(true).build();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> loaded = new ConcurrentHashMap<>();

    /**
     * The schema of an event at a revision.
     *
     * @throws IllegalStateException when no such schema is on the classpath
     */
    public Schema schema(Class<?> event, int revision) {
        return loaded.computeIfAbsent(resource(event, revision), resource -> registry.getSchema(readTree(resource)));
    }

    /** The validation errors of a payload against a schema, formats asserted; empty when it is valid. */
    public static List<String> violations(Schema schema, JsonNode payload) {
        return schema.validate(payload, context -> context.setExecutionConfig(ASSERT_FORMATS)).stream()
                .map(Error::toString)
                .toList();
    }

    /** {@code schemas/vehicle/VehicleListed.v2.json} for revision 2 of com.forecourt.vehicle.api.VehicleListed. */
    public static String resource(Class<?> event, int revision) {
        return "schemas/" + featurePath(event, revision) + ".json";
    }

    /** {@code vehicle/VehicleListed.v2}: the event's feature folder (its package without .api) and file stem. */
    public static String featurePath(Class<?> event, int revision) {
        String packageName = event.getPackageName();
        String feature = packageName.startsWith(ROOT_PACKAGE) ? packageName.substring(ROOT_PACKAGE.length())
                : packageName;
        if (feature.endsWith(".api")) {
            feature = feature.substring(0, feature.length() - ".api".length());
        }
        String name = event.getName().substring(packageName.length() + 1).replace('$', '.');
        return feature.replace('.', '/') + "/" + name + ".v" + revision;
    }

    private static JsonNode readTree(String resource) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
