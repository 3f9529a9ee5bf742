package dev.chatdesk.server.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record component of the configuration tree as a key: its default, its bounds and its
 * documentation. A component without it is a section (a nested record). The key's path and
 * environment variable come from the component names, so nothing is listed twice.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Key {
    /** The default as it would be written in the file; empty: unset (null). */
    String defaultValue() default "";

    /** What the key is for, one or two sentences for docs/configuration.md. */
    String doc();

    /** The smallest number allowed (numbers only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** The largest number allowed (numbers only). */
    double max() default Double.POSITIVE_INFINITY;

    /** Whether the key is one of a connector's credentials: it is mounted only when all are set. */
    boolean credential() default false;

    /** Another environment variable that also sets the key, when the contract names one. */
    String envAlias() default "";

    /** When unset, the value is worked out from other keys; this says how, for the docs. */
    String derivedDefault() default "";

    /**
     * Whether the file may give the value as a mapping of ids to values, read as the environment
     * writes it: {@code ID:VALUE} pairs separated by commas (secrets only).
     */
    boolean pairs() default false;

    /** Whether the value must name a directory that exists (paths only). */
    boolean existingDirectory() default false;
}
