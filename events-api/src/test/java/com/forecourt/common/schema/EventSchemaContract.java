package com.forecourt.common.schema;

import com.forecourt.common.schema.SchemaCompatibility.Change;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rules that keep the committed event schemas a versioned contract (docs/events.md). For each event at its
 * current revision n:
 * <ol>
 *   <li>the schema of revision n is committed;</li>
 *   <li>it equals the generated one: a compatible difference (drift) is fixed by regenerating; an incompatible
 *       one ({@link SchemaCompatibility}) is refused, even when regenerating: the event needs revision n+1 and an
 *       upcaster from revision n;</li>
 *   <li>the schemas of revisions 1 to n-1 are still committed (they describe the events already stored), and each
 *       committed schema's {@code $id} names its event and revision;</li>
 *   <li>no committed schema is left without its event: an event type is never removed, renamed or moved, because
 *       its stored events could no longer be read.</li>
 * </ol>
 * In update mode, missing and compatibly drifted schemas of the current revisions are written instead of reported.
 */
public final class EventSchemaContract {

    /** The system property that turns update mode on. */
    public static final String UPDATE_PROPERTY = "forecourt.schemas.update";

    /** The documented command that (re)writes the current revisions' schemas. */
    public static final String UPDATE_COMMAND = "./mvnw -pl events-api test -D" + UPDATE_PROPERTY + "=true";

    /** What a check found: the broken rules, and the schema files written in update mode. */
    public record Outcome(List<String> problems, List<String> written) {
    }

    private final Path schemaRoot;
    private final EventSchemaGenerator generator;

    /** @param schemaRoot the {@code schemas} folder of events-api's main resources */
    public EventSchemaContract(Path schemaRoot, EventSchemaGenerator generator) {
        this.schemaRoot = schemaRoot;
        this.generator = generator;
    }

    /** Checks the given events against the committed schemas; in update mode writes what may be written. */
    public Outcome check(Collection<Class<?>> events, boolean update) {
        List<String> problems = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Map<String, Class<?>> expected = new LinkedHashMap<>();
        for (Class<?> event : events) {
            int revision = EventCatalogue.revision(event);
            for (int r = 1; r <= revision; r++) {
                expected.put(EventCatalogue.schemaPath(event, r), event);
            }
            checkCurrentRevision(event, revision, update, problems, written);
            checkEarlierRevisions(event, revision, problems);
        }
        for (String committed : committedSchemas()) {
            if (!expected.containsKey(committed)) {
                problems.add("Committed schema " + committed + " belongs to no event of events-api at that revision."
                        + " An event type is never removed, renamed or moved, and its revision is never lowered:"
                        + " the events already stored under that payload type and revision must stay readable."
                        + " Restore the event (see docs/events.md).");
            }
        }
        return new Outcome(List.copyOf(problems), List.copyOf(written));
    }

    private void checkCurrentRevision(Class<?> event, int revision, boolean update, List<String> problems,
                                      List<String> written) {
        String path = EventCatalogue.schemaPath(event, revision);
        ObjectNode generated = generator.generate(event, revision);
        JsonNode committed = read(path);
        if (committed == null) {
            if (update) {
                write(path, generated);
                written.add(path);
            } else {
                problems.add(event.getName() + " (revision " + revision + ") has no committed schema " + path
                        + ". Run `" + UPDATE_COMMAND + "`, review the file and commit it.");
            }
            return;
        }
        if (committed.equals(generated)) {
            return;
        }
        List<Change> changes = SchemaCompatibility.incompatibleChanges(committed, generated);
        if (!changes.isEmpty()) {
            StringBuilder message = new StringBuilder(event.getName()).append(" changed incompatibly with its"
                    + " committed schema ").append(path).append(':');
            changes.forEach(change -> message.append("\n    - ").append(change));
            message.append("\n  Events already stored, and consumers built on the schema, would break. Revert the"
                    + " change, or raise @SchemaRevision to ").append(revision + 1)
                    .append(" and add an upcaster from revision ").append(revision)
                    .append(" (with a test on a stored sample of revision ").append(revision)
                    .append("), then run `").append(UPDATE_COMMAND).append("` (see docs/events.md).")
                    .append(" Never edit or delete a committed schema to make this pass.");
            problems.add(message.toString());
            return;
        }
        if (update) {
            write(path, generated);
            written.add(path);
        } else {
            problems.add("The committed schema " + path + " is out of date with " + event.getName()
                    + " (a compatible change). Run `" + UPDATE_COMMAND + "`, review the difference and commit it.");
        }
    }

    private void checkEarlierRevisions(Class<?> event, int revision, List<String> problems) {
        for (int r = 1; r <= revision; r++) {
            String path = EventCatalogue.schemaPath(event, r);
            JsonNode committed = read(path);
            if (committed == null) {
                if (r < revision) {
                    problems.add(event.getName() + " is at revision " + revision + " but the schema of revision " + r
                            + " is not committed: " + path + ". It describes the events already stored and the"
                            + " upcaster's input; restore it from version control (see docs/events.md).");
                }
                continue;
            }
            String expectedId = EventSchemaGenerator.schemaId(event.getName(), r);
            String id = committed.path("$id").asString("");
            if (!expectedId.equals(id)) {
                problems.add("The committed schema " + path + " has $id '" + id + "'; it must be '" + expectedId
                        + "', the payload type and revision Axon stores.");
            }
        }
    }

    /** The committed schema files, relative to the schema root, with '/' separators. */
    private List<String> committedSchemas() {
        if (!Files.isDirectory(schemaRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(schemaRoot)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> schemaRoot.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(String path) {
        Path file = schemaRoot.resolve(path);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return EventSchemaGenerator.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String path, JsonNode schema) {
        Path file = schemaRoot.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, EventSchemaGenerator.toText(schema), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
