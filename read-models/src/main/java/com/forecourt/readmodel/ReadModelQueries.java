package com.forecourt.readmodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which projection a class of query handlers reads (a {@code <ReadModel>Queries} class beside its projector).
 * A query sent with a consistency position waits until that projection has handled it, so every query handler class
 * must say which read model it answers from; the runtime never guesses it from a package or class name.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadModelQueries {

    /** The projection's name, as its projector's {@link ReadModel#processingGroup()} gives it. */
    String value();
}
