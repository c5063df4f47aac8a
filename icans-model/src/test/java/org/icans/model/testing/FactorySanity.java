package org.icans.model.testing;

import com.google.common.testing.ClassSanityTester;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;

/**
 * Guava's {@link ClassSanityTester} over the public static factories of a module's value types
 * (issue 12, point 6): for each type with a public static method that takes arguments and returns
 * the type, equal arguments give equal values, different arguments different values
 * ({@code testEquals}), and a null argument is refused ({@code testNulls}). Each module supplies a
 * tester whose distinct values lie inside the ranges its factories accept, so that every factory is
 * exercised rather than refused.
 */
public final class FactorySanity {
  private FactorySanity() {}

  /** The types of {@code types} (enums aside) with at least one such factory. */
  public static List<Class<?>> withFactories(List<Class<?>> types) {
    return types.stream().filter(c -> !c.isEnum())
        .filter(c -> Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> isFactoryOf(c, m))).toList();
  }

  /** Two dynamic tests per type with factories: equality, and null refusal. */
  public static List<DynamicTest> tests(List<Class<?>> types, Supplier<ClassSanityTester> tester) {
    return tests(types, c -> tester.get());
  }

  /**
   * As {@link #tests(List, Supplier)}, with a tester per type: for the parameter types (a
   * {@code List}) whose values differ from one factory's class to another's.
   */
  public static List<DynamicTest> tests(List<Class<?>> types, Function<Class<?>, ClassSanityTester> tester) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> c : withFactories(types)) {
      tests.add(DynamicTest.dynamicTest(c.getSimpleName() + " equality",
          () -> tester.apply(c).forAllPublicStaticMethods(c).thatReturn(c).testEquals()));
      tests.add(DynamicTest.dynamicTest(c.getSimpleName() + " nulls",
          () -> tester.apply(c).forAllPublicStaticMethods(c).thatReturn(c).testNulls()));
    }
    return tests;
  }

  private static boolean isFactoryOf(Class<?> c, Method m) {
    return Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
        && c.isAssignableFrom(m.getReturnType()) && m.getParameterCount() > 0;
  }
}
