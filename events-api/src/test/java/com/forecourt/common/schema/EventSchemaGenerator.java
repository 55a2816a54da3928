package com.forecourt.common.schema;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates the JSON Schema (draft 2020-12) of an event with victools jsonschema-generator, configured to describe
 * the JSON that Axon's Jackson serializer writes (see {@code AxonSerializationConfiguration} in platform):
 * <ul>
 *   <li>record components are the properties, in declaration order, like Jackson writes them;</li>
 *   <li>every component is required, because Jackson writes every component, {@code null} included; a component
 *       annotated with an annotation named {@code Nullable} (any package, runtime retention) is documented as
 *       nullable ({@code "type": [..., "null"]}) and is not required;</li>
 *   <li>{@code Instant}, {@code LocalDate}, {@code UUID} … are strings with the standard {@code format}
 *       ({@code WRITE_DATES_AS_TIMESTAMPS} is off), enums are string enums of their constant names, {@code int}
 *       and {@code long} are integers, lists are arrays, a {@code Duration} is a number of seconds;</li>
 *   <li>{@code additionalProperties} stays open: consumers ignore properties they do not know (docs/adr/0002).</li>
 * </ul>
 */
public final class EventSchemaGenerator {

    /** The JSON Schema dialect of every committed schema. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final SchemaGenerator generator;

    public EventSchemaGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.SCHEMA_VERSION_INDICATOR, Option.STANDARD_FORMATS, Option.FLATTENED_ENUMS,
                        Option.ADDITIONAL_FIXED_TYPES, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.NULLABLE_FIELDS_BY_DEFAULT,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        config.forFields()
                .withNullableCheck(EventSchemaGenerator::isDocumentedNullable)
                .withRequiredCheck(field -> !isDocumentedNullable(field));
        config.forTypesInGeneral()
                .withPropertySorter(new RecordComponentOrder())
                .withCustomDefinitionProvider((type, context) -> {
                    ObjectNode written = writtenDifferently(type.getErasedType());
                    return written == null ? null : new CustomDefinition(written, true);
                });
        this.generator = new SchemaGenerator(config.build());
    }

    /**
     * The schema of one event at one revision: {@code $schema}, an {@code $id} naming the payload type and
     * revision as Axon stores them, a {@code title}, then what victools generated.
     */
    public ObjectNode generate(Class<?> eventType, int revision) {
        ObjectNode generated = generator.generateSchema(eventType);
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", schemaId(eventType.getName(), revision));
        schema.put("title", eventType.getSimpleName() + " revision " + revision);
        generated.properties().forEach(entry -> {
            if (!schema.has(entry.getKey())) {
                schema.set(entry.getKey(), entry.getValue());
            }
        });
        return schema;
    }

    /** The {@code $id} of a schema: the payload type and revision Axon stores. */
    public static String schemaId(String payloadType, int revision) {
        return "urn:forecourt:event:" + payloadType + ":" + revision;
    }

    /** Pretty-printed, with a trailing newline: the exact text of a committed schema file. */
    public static String toText(JsonNode schema) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    }

    /** Parses a committed schema file. */
    public static JsonNode parse(String text) {
        return MAPPER.readTree(text);
    }

    /**
     * Types Axon's mapper writes differently from victools' defaults: a {@code Duration} as decimal seconds
     * ({@code WRITE_DURATIONS_AS_TIMESTAMPS} is on), {@code Year}, {@code YearMonth} and {@code MonthDay} as strings.
     */
    private static ObjectNode writtenDifferently(Class<?> type) {
        if (type == Duration.class) {
            return MAPPER.createObjectNode().put("type", "number");
        }
        if (type == Year.class || type == YearMonth.class || type == MonthDay.class) {
            return MAPPER.createObjectNode().put("type", "string");
        }
        return null;
    }

    /** Nullability is documented with an annotation named {@code Nullable}: events-api may not depend on a library. */
    static boolean isDocumentedNullable(FieldScope field) {
        Field raw = field.getRawMember();
        Stream<AnnotatedElement> carriers = Stream.of(raw, raw.getAnnotatedType());
        RecordComponent component = recordComponent(raw);
        if (component != null) {
            carriers = Stream.concat(carriers, Stream.of(component, component.getAnnotatedType(),
                    component.getAccessor()));
        }
        return carriers.flatMap(carrier -> Arrays.stream(carrier.getAnnotations()))
                .map(Annotation::annotationType)
                .anyMatch(type -> type.getSimpleName().equals("Nullable"));
    }

    private static RecordComponent recordComponent(Field field) {
        Class<?> owner = field.getDeclaringClass();
        if (!owner.isRecord()) {
            return null;
        }
        return Arrays.stream(owner.getRecordComponents())
                .filter(component -> component.getName().equals(field.getName()))
                .findFirst()
                .orElse(null);
    }

    /** Records' components in declaration order (the order Jackson writes them); other members by name. */
    private static final class RecordComponentOrder implements Comparator<MemberScope<?, ?>> {

        @Override
        public int compare(MemberScope<?, ?> first, MemberScope<?, ?> second) {
            return Integer.compare(position(first), position(second)) != 0
                    ? Integer.compare(position(first), position(second))
                    : first.getSchemaPropertyName().compareTo(second.getSchemaPropertyName());
        }

        private static int position(MemberScope<?, ?> member) {
            Class<?> owner = member.getDeclaringType().getErasedType();
            if (!owner.isRecord()) {
                return Integer.MAX_VALUE;
            }
            List<String> names = Arrays.stream(owner.getRecordComponents()).map(RecordComponent::getName).toList();
            int index = names.indexOf(member.getDeclaredName());
            return index < 0 ? Integer.MAX_VALUE : index;
        }
    }
}
