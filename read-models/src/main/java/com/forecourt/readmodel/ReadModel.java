package com.forecourt.readmodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The storage a projector writes, declared on the projector class. A rebuild builds a new version of exactly
 * these tables and indices beside the live ones and swaps them in, so a projector must write nothing else.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadModel {

    /** PostgreSQL tables, unqualified: they live in the schema the application connects to. */
    String[] tables() default {};

    /** Elasticsearch aliases; each is backed by a physical index {@code <alias>_v<version>}. */
    String[] indices() default {};
}
