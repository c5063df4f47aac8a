package org.icans.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated implementations stay package-private behind
 * the abstract value type and its public {@code Builder}; generated code uses the JDK only.
 * Source retention: the processor sees it while compiling, and nothing of Immutables reaches the
 * class files that consumers compile against.
 *
 * <p>Default and derived attributes are computed once in the constructor, in the order they are
 * declared ({@code unsafeDefaultAndDerived}): no initialisation shim, so that an accessor is one
 * read of a final field (the shim is a volatile field read on every call, and one more reference
 * in every instance). A default or derived attribute may therefore use only the attributes
 * declared before it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    unsafeDefaultAndDerived = true,
    // With module-info present, only annotations we name may be copied from the class path.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
