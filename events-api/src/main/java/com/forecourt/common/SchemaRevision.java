package com.forecourt.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The revision of an event's schema, stored with every event; raised on each change that is not backward
 * compatible, together with an upcaster from the previous revision. Events without it are revision 1.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaRevision {

    /** The revision number, starting at 1. */
    int value();
}
