package com.forecourt.common.schema;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two JSON Schemas of one event at one revision and lists the changes that break the contract, so that
 * such a change needs a new revision and an upcaster instead.
 *
 * <p>Incompatible, because a stored event or a consumer built against the old schema stops working:
 * <ul>
 *   <li>a property removed, or renamed (which is a removal plus an addition);</li>
 *   <li>a property retyped: its {@code type} or {@code format} changed, {@code enum} values removed, its
 *       array {@code items} or nested object changed in one of these ways;</li>
 *   <li>a property made required, new or existing (stored events do not have it), or no longer required (consumers
 *       rely on it being there);</li>
 *   <li>any other validation keyword changed ({@code pattern}, {@code minimum}, {@code anyOf}, {@code const},
 *       {@code additionalProperties}, …): it is reported rather than judged.</li>
 * </ul>
 * Compatible: a new optional property, new {@code enum} values, and changed annotations ({@code title},
 * {@code description}, {@code $comment}, {@code examples}, …). Local references ({@code #/$defs/…}) are followed,
 * so a nested record is compared by what it contains, not by its definition's name.
 */
public final class SchemaCompatibility {

    /** One incompatible change: where it is (a JSON-path-like location) and what changed. */
    public record Change(String path, String description) {

        @Override
        public String toString() {
            return path + ": " + description;
        }
    }

    /** Keywords that only document; a change to them never breaks anyone. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$anchor", "$comment", "$defs",
            "definitions", "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly");

    /** Keywords compared one by one below; any other keyword is compared as a whole. */
    private static final Set<String> COMPARED = Set.of("type", "format", "enum", "properties", "required", "items",
            "$ref", "anyOf", "oneOf", "allOf");

    private final JsonNode oldRoot;
    private final JsonNode newRoot;
    private final List<Change> changes = new ArrayList<>();
    private final Set<String> comparedReferences = new HashSet<>();

    private SchemaCompatibility(JsonNode oldRoot, JsonNode newRoot) {
        this.oldRoot = oldRoot;
        this.newRoot = newRoot;
    }

    /** The incompatible changes from {@code oldSchema} to {@code newSchema}; empty when the change is compatible. */
    public static List<Change> incompatibleChanges(JsonNode oldSchema, JsonNode newSchema) {
        SchemaCompatibility comparison = new SchemaCompatibility(oldSchema, newSchema);
        comparison.compare("$", oldSchema, newSchema);
        return List.copyOf(comparison.changes);
    }

    private void compare(String path, JsonNode oldNode, JsonNode newNode) {
        String referencePair = oldNode.path("$ref").asString("") + " -> " + newNode.path("$ref").asString("");
        if (oldNode.has("$ref") && newNode.has("$ref") && !comparedReferences.add(referencePair)) {
            return; // a recursive type, already being compared
        }
        JsonNode oldSchema = resolve(path, oldRoot, oldNode);
        JsonNode newSchema = resolve(path, newRoot, newNode);
        if (oldSchema == null || newSchema == null) {
            return;
        }
        compareTypes(path, oldSchema, newSchema);
        compareFormat(path, oldSchema, newSchema);
        compareEnum(path, oldSchema, newSchema);
        compareProperties(path, oldSchema, newSchema);
        compareRequired(path, oldSchema, newSchema);
        if (oldSchema.has("items") || newSchema.has("items")) {
            if (oldSchema.has("items") && newSchema.has("items")) {
                compare(path + "[]", oldSchema.get("items"), newSchema.get("items"));
            } else {
                report(path, "array items " + (oldSchema.has("items") ? "no longer described" : "newly constrained"));
            }
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            compareCombinator(path, combinator, oldSchema.get(combinator), newSchema.get(combinator));
        }
        compareOtherKeywords(path, oldSchema, newSchema);
    }

    private void compareTypes(String path, JsonNode oldSchema, JsonNode newSchema) {
        Set<String> oldTypes = types(oldSchema);
        Set<String> newTypes = types(newSchema);
        if (!oldTypes.equals(newTypes)) {
            report(path, "type changed from " + describe(oldTypes) + " to " + describe(newTypes));
        }
    }

    private void compareFormat(String path, JsonNode oldSchema, JsonNode newSchema) {
        String oldFormat = oldSchema.path("format").asString(null);
        String newFormat = newSchema.path("format").asString(null);
        if (!Objects.equals(oldFormat, newFormat)) {
            report(path, "format changed from " + (oldFormat == null ? "none" : "'" + oldFormat + "'") + " to "
                    + (newFormat == null ? "none" : "'" + newFormat + "'"));
        }
    }

    private void compareEnum(String path, JsonNode oldSchema, JsonNode newSchema) {
        if (!oldSchema.has("enum") && !newSchema.has("enum")) {
            return;
        }
        if (!oldSchema.has("enum")) {
            report(path, "values newly restricted to an enum");
            return;
        }
        if (!newSchema.has("enum")) {
            return; // any value is now allowed: every old value still is
        }
        Set<JsonNode> newValues = new HashSet<>();
        newSchema.get("enum").forEach(newValues::add);
        List<String> removed = new ArrayList<>();
        oldSchema.get("enum").forEach(value -> {
            if (!newValues.contains(value)) {
                removed.add(value.toString());
            }
        });
        if (!removed.isEmpty()) {
            report(path, "enum values removed: " + String.join(", ", removed));
        }
    }

    private void compareProperties(String path, JsonNode oldSchema, JsonNode newSchema) {
        JsonNode oldProperties = oldSchema.path("properties");
        JsonNode newProperties = newSchema.path("properties");
        Set<String> added = new TreeSet<>(newProperties.propertyNames());
        added.removeAll(oldProperties.propertyNames());
        for (String name : oldProperties.propertyNames()) {
            String propertyPath = path + "." + name;
            if (newProperties.has(name)) {
                compare(propertyPath, oldProperties.get(name), newProperties.get(name));
            } else if (added.isEmpty()) {
                report(propertyPath, "property removed");
            } else {
                report(propertyPath, "property removed or renamed (properties added beside it: "
                        + String.join(", ", added) + ")");
            }
        }
    }

    private void compareRequired(String path, JsonNode oldSchema, JsonNode newSchema) {
        Set<String> oldRequired = strings(oldSchema.path("required"));
        Set<String> newRequired = strings(newSchema.path("required"));
        Set<String> oldProperties = new HashSet<>(oldSchema.path("properties").propertyNames());
        for (String name : newRequired) {
            if (oldRequired.contains(name)) {
                continue;
            }
            report(path + "." + name, oldProperties.contains(name)
                    ? "property became required: events stored without it no longer validate"
                    : "new property is required: events stored before it was added do not have it;"
                    + " document it as nullable to make it optional");
        }
        for (String name : oldRequired) {
            if (!newRequired.contains(name) && newSchema.path("properties").has(name)) {
                report(path + "." + name, "property is no longer required: consumers rely on it being present");
            }
        }
    }

    private void compareCombinator(String path, String keyword, JsonNode oldList, JsonNode newList) {
        if (oldList == null && newList == null) {
            return;
        }
        if (oldList == null || newList == null || oldList.size() != newList.size()) {
            report(path, "'" + keyword + "' changed");
            return;
        }
        for (int i = 0; i < oldList.size(); i++) {
            compare(path + "<" + keyword + "[" + i + "]>", oldList.get(i), newList.get(i));
        }
    }

    private void compareOtherKeywords(String path, JsonNode oldSchema, JsonNode newSchema) {
        Set<String> keywords = new TreeSet<>(oldSchema.propertyNames());
        keywords.addAll(newSchema.propertyNames());
        for (String keyword : keywords) {
            if (ANNOTATIONS.contains(keyword) || COMPARED.contains(keyword)) {
                continue;
            }
            JsonNode oldValue = oldSchema.get(keyword);
            JsonNode newValue = newSchema.get(keyword);
            if (!Objects.equals(oldValue, newValue)) {
                report(path, "'" + keyword + "' changed from " + oldValue + " to " + newValue);
            }
        }
    }

    /** Follows a local {@code $ref}; a schema without one is returned as it is. */
    private JsonNode resolve(String path, JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String reference = current.get("$ref").asString();
            if (!reference.startsWith("#") || hops > 32) {
                report(path, "cannot follow $ref '" + reference + "': only local references are supported");
                return null;
            }
            JsonNode target = root.at(reference.substring(1));
            if (target.isMissingNode()) {
                report(path, "$ref '" + reference + "' points nowhere");
                return null;
            }
            current = target;
        }
        return current;
    }

    /** The declared types; a schema with properties but no type is an object. */
    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? Set.of("object") : Set.of();
        }
        return type.isArray() ? strings(type) : Set.of(type.asString());
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static String describe(Set<String> types) {
        return types.isEmpty() ? "any" : String.join("|", new TreeSet<>(types));
    }

    private void report(String path, String description) {
        changes.add(new Change(path, description));
    }
}
