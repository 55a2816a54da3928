package com.forecourt.common.schema;

import com.forecourt.common.DomainEvent;
import com.forecourt.common.SchemaRevision;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every event of the contract: each concrete class implementing {@link DomainEvent} among events-api's
 * own classes (not its tests), so new events are covered the moment they are compiled.
 */
public final class EventCatalogue {

    private static final String ROOT_PACKAGE = "com.forecourt.";

    private EventCatalogue() {
    }

    /** The events compiled in events-api's main sources, sorted by name. */
    public static List<Class<?>> events() {
        return new ClassFileImporter().importPath(mainClassesDirectory()).stream()
                .filter(javaClass -> javaClass.isAssignableTo(DomainEvent.class))
                .filter(javaClass -> !javaClass.isInterface()
                        && !javaClass.getModifiers().contains(JavaModifier.ABSTRACT))
                .sorted(Comparator.comparing(JavaClass::getName))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
    }

    /** The revision Axon stores with the event: {@link SchemaRevision}, or 1 without it. */
    public static int revision(Class<?> event) {
        SchemaRevision revision = event.getAnnotation(SchemaRevision.class);
        if (revision != null && revision.value() < 1) {
            throw new IllegalStateException(event.getName() + " has @SchemaRevision(" + revision.value()
                    + "); revisions start at 1");
        }
        return revision == null ? 1 : revision.value();
    }

    /**
     * Where the schema of an event at a revision lives below {@code schemas/}: the feature folder (the package
     * below {@code com.forecourt.} without its {@code .api} role), then {@code <EventName>.v<revision>.json}.
     * {@code com.forecourt.vehicle.api.VehicleListed} at revision 2 is {@code vehicle/VehicleListed.v2.json}.
     */
    public static String schemaPath(Class<?> event, int revision) {
        String packageName = event.getPackageName();
        String feature = packageName.startsWith(ROOT_PACKAGE) ? packageName.substring(ROOT_PACKAGE.length())
                : packageName;
        if (feature.endsWith(".api")) {
            feature = feature.substring(0, feature.length() - ".api".length());
        }
        String name = event.getName().substring(packageName.length() + 1).replace('$', '.');
        return feature.replace('.', '/') + "/" + name + ".v" + revision + ".json";
    }

    /** target/classes of events-api: where {@link DomainEvent} was loaded from. */
    private static Path mainClassesDirectory() {
        try {
            return Path.of(DomainEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate events-api's classes", e);
        }
    }
}
