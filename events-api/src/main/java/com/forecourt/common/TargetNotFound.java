package com.forecourt.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares how a family of {@link TargetedCommand}s is refused when its aggregate does not exist: the error code, and
 * the message the target id is appended to. Put on the family's interface (e.g. {@code CustomerCommand}); the command
 * side finds it on any command of the family.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TargetNotFound {

    /** The stable code the sender sees. */
    ErrorCode code();

    /** The message before the target id, e.g. {@code "No customer is registered under id "}. */
    String message();
}
