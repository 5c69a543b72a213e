package io.github.cdsvn.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of cds's value types, in both modules: the model's ({@code Target},
 * {@code Observation}, …) and the scoring engine's results. The generated implementation stays
 * package-private, builders and factories return the abstract type, and no annotation from the
 * class path (Error Prone, {@code javax.annotation}) is copied into generated code.
 *
 * <p>Compile-time only: the Immutables processor reads it; nothing reads it at run time, and
 * neither Immutables nor this annotation is needed to run cds.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    allowedClasspathAnnotations = {Override.class},
    defaultAsDefault = false,
    typeImmutable = "Immutable*")
public @interface ValueStyle {}
