package com.forecourt.telemetry.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.input.Text;
import com.forecourt.vehicle.api.Vin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The fields of one event that has passed its schema, read through the input policy (ADR 13): text in its stored
 * spelling and checked for personal data, VINs normalised. Every refusal names the field by its path in the request
 * ({@code events[2].text}).
 */
final class EventFields {

    private final JsonNode node;
    private final String path;
    private final LocalDate receivedOn;

    EventFields(JsonNode node, String path, LocalDate receivedOn) {
        this.node = node;
        this.path = path;
        this.receivedOn = receivedOn;
    }

    JsonNode node() {
        return node;
    }

    /** The day the server received the request, UTC. */
    LocalDate receivedOn() {
        return receivedOn;
    }

    /** The fields of an object field, or null when it is absent. */
    EventFields child(String name) {
        JsonNode child = node.get(name);
        return child == null || child.isNull() ? null : new EventFields(child, field(name), receivedOn);
    }

    /** {@code at}, which the schema has checked is an RFC 3339 date-time; years 1900 to 9999. */
    Instant clientTime() {
        try {
            OffsetDateTime at = OffsetDateTime.parse(node.get("at").asText());
            if (at.getYear() < 1900 || at.getYear() > 9999) {
                throw badInput(field("at") + " must be a date-time in the years 1900 to 9999");
            }
            return at.toInstant();
        } catch (DateTimeParseException e) {
            throw badInput(field("at") + " must be an ISO-8601 date-time with an offset");
        }
    }

    /** Free text a buyer typed: one line in its stored spelling, free of personal data; null when absent or blank. */
    String searchText(String name, int maxCodePoints) {
        String text = optionalText(name, maxCodePoints);
        PersonalData.refuseIn(field(name), text);
        return text;
    }

    /** A single line in its stored spelling, or null when absent or blank. */
    String optionalText(String name, int maxCodePoints) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return policy(() -> Text.optionalSingleLine(field(name), value.asText(), maxCodePoints));
    }

    /** A list of words a buyer chose or typed (makes, body types), each as {@link #searchText}; blanks are dropped. */
    List<String> words(String name, int maxCodePoints) {
        List<String> words = new ArrayList<>();
        JsonNode values = node.get(name);
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String item = field(name) + "[" + i + "]";
                String raw = values.get(i).asText();
                String word = policy(() -> Text.optionalSingleLine(item, raw, maxCodePoints));
                PersonalData.refuseIn(item, word);
                if (word != null) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** The values of a list of enum names, which the schema has checked. */
    List<String> names(String name) {
        List<String> names = new ArrayList<>();
        JsonNode values = node.get(name);
        if (values != null) {
            values.forEach(value -> names.add(value.asText()));
        }
        return names;
    }

    Integer optionalInteger(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.intValue();
    }

    /** A VIN in its stored spelling. */
    String vin(String name) {
        String vin = optionalVin(name);
        if (vin == null) {
            throw badInput(field(name) + " is required");
        }
        return vin;
    }

    String optionalVin(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return Vin.require(value.asText());
        } catch (CommandRejectedException e) {
            throw new TelemetryRefusedException(e.code().name(), field(name) + ": " + e.getMessage());
        }
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String policy(Supplier<String> read) {
        try {
            return read.get();
        } catch (CommandRejectedException e) {
            throw new TelemetryRefusedException(e.code().name(), e.getMessage());
        }
    }

    private static TelemetryRefusedException badInput(String message) {
        return new TelemetryRefusedException(TelemetryErrorCodes.BAD_USER_INPUT, message);
    }
}
