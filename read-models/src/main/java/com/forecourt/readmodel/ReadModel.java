package com.forecourt.readmodel;

import org.axonframework.config.ProcessingGroup;
import org.springframework.core.annotation.AliasFor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a projector and the read model it builds, on the projector class; the runtime discovers projections, their
 * stores, what a rebuild builds anew and how a batch reads its documents from this declaration alone, never from
 * package or class names.
 *
 * <p>The name is also the projector's Axon processing group (this annotation carries {@link ProcessingGroup}), so
 * the processor, its tokens, its dead letters and the {@code projection(name:)} of the admin API all share it. A
 * rebuild builds a new version of exactly the declared tables and indices beside the live ones and swaps them in, so
 * a projector must write nothing else.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ProcessingGroup("")
public @interface ReadModel {

    /**
     * The projection's name, e.g. {@code vehicle-listing}: its processing group and processor name. (Named so that
     * Axon reads it as the processing group of the meta-annotation.)
     */
    @AliasFor(annotation = ProcessingGroup.class, attribute = "value")
    String processingGroup();

    /** Where the read model lives. */
    Store store();

    /** PostgreSQL tables, unqualified: they live in the schema the application connects to. */
    String[] tables() default {};

    /** Elasticsearch aliases; each is backed by a physical index {@code <alias>_v<version>}, created by the runtime. */
    String[] indices() default {};

    /** Which document an event changes, for read-modify-writes of whole documents (ADR 4); none for PostgreSQL. */
    DocumentKey documentKey() default DocumentKey.NONE;
}
