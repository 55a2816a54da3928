package com.forecourt.platform.axon;

import com.forecourt.common.DomainEvent;
import com.forecourt.common.SchemaRevision;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;

/**
 * The revision Axon stores with each serialized payload ({@code payload_revision}), read from the framework-free
 * {@link SchemaRevision} of events-api, so that upcasters can tell the revisions of an event apart
 * (docs/events.md).
 *
 * <ul>
 *   <li>a class annotated {@code @SchemaRevision(n)}: {@code "n"};</li>
 *   <li>any other {@link DomainEvent}: {@code "1"};</li>
 *   <li>anything else (tokens, sagas, commands, queries): Axon's {@code @Revision}, or {@code null} without it,
 *       exactly as Axon's default resolver does.</li>
 * </ul>
 */
public final class SchemaRevisionResolver implements RevisionResolver {

    /** The revision of an event without {@link SchemaRevision}. */
    public static final String FIRST_REVISION = "1";

    private final RevisionResolver axonAnnotations = new AnnotationRevisionResolver();

    @Override
    public String revisionOf(Class<?> payloadType) {
        SchemaRevision revision = payloadType.getAnnotation(SchemaRevision.class);
        if (revision != null) {
            return Integer.toString(revision.value());
        }
        if (DomainEvent.class.isAssignableFrom(payloadType)) {
            return FIRST_REVISION;
        }
        return axonAnnotations.revisionOf(payloadType);
    }
}
