package io.github.cdsvn.scoring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the scoring results: the generated implementation stays
 * package-private, builders return the abstract type, and no annotation from the class path is
 * copied into generated code.
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
@interface ScoringStyle {}
