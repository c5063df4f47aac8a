package org.icans.model.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that public constructors and methods refuse {@code null} with a message naming the
 * parameter: Guava's {@link NullPointerTester} finds every parameter that does not throw a
 * {@link NullPointerException}, and this class then calls each one again with {@code null} in
 * each reference parameter and requires the message to be a name ({@code tool},
 * {@code findings[0]}, {@code patient.ageYears}), not the JVM's own "Cannot invoke ..." text or
 * nothing. Parameters whose types have no default here are left to {@link NullPointerTester}, as
 * are the methods whose message is not ours to write: those the JDK declares (an enum's
 * {@code valueOf}, {@code Throwable}'s) and those Immutables generates ({@code Immutable*} builders,
 * whose setters of an {@code Optional} fail with the JVM's message).
 */
public final class NullChecks {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+|\\[[0-9]+\\])*");

  private final Map<Class<?>, Object> defaults = new HashMap<>();
  private final NullPointerTester tester = new NullPointerTester();

  /** Checks with these defaults for the parameters that are not {@code null}. */
  public NullChecks() {
    setDefault(String.class, "x");
  }

  /** Uses {@code value} for parameters of {@code type} that are not the one being tested. */
  public <T> NullChecks setDefault(Class<T> type, T value) {
    defaults.put(type, value);
    tester.setDefault(type, value);
    return this;
  }

  /** Every public static method and constructor of {@code type}. */
  public void checkStatic(Class<?> type) {
    tester.testAllPublicStaticMethods(type);
    tester.testAllPublicConstructors(type);
    List<Executable> all = new ArrayList<>(List.of(type.getConstructors()));
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
        all.add(m);
      }
    }
    for (Executable e : all) {
      checkMessages(null, e);
    }
  }

  /** Every public instance method of {@code instance}. */
  public void checkInstance(Object instance) {
    tester.testAllPublicInstanceMethods(instance);
    for (Method m : instance.getClass().getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
          && !(m.getName().equals("equals") && m.getParameterCount() == 1)) {
        checkMessages(instance, m);
      }
    }
  }

  private void checkMessages(Object instance, Executable e) {
    Class<?> owner = e.getDeclaringClass();
    if (owner.getName().startsWith("java.") || owner.getName().matches(".*\\.Immutable[^.]*")
        || (owner.isEnum() && e.getName().equals("valueOf"))) {
      return;
    }
    Class<?>[] types = e.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Optional<Object> d = defaultOf(types[i]);
      if (d.isEmpty()) {
        return;
      }
      args[i] = d.get();
    }
    for (int i = 0; i < types.length; i++) {
      if (types[i].isPrimitive()) {
        continue;
      }
      Object[] withNull = args.clone();
      withNull[i] = null;
      Throwable thrown = call(instance, e, withNull);
      if (thrown instanceof NullPointerException) {
        String message = thrown.getMessage();
        assertTrue(message != null && NAME.matcher(message).matches(),
            e + ": null for parameter " + i + " is refused without naming it: " + message);
      }
    }
  }

  private static Throwable call(Object instance, Executable e, Object[] args) {
    try {
      e.setAccessible(true);
      if (e instanceof Method) {
        ((Method) e).invoke(instance, args);
      } else {
        ((Constructor<?>) e).newInstance(args);
      }
      return null;
    } catch (InvocationTargetException t) {
      return t.getCause();
    } catch (ReflectiveOperationException | RuntimeException t) {
      return fail(e + " cannot be called: " + t, t);
    }
  }

  private Optional<Object> defaultOf(Class<?> type) {
    if (defaults.containsKey(type)) {
      return Optional.of(defaults.get(type));
    }
    if (type == boolean.class) {
      return Optional.of(false);
    } else if (type == int.class) {
      return Optional.of(0);
    } else if (type == long.class) {
      return Optional.of(0L);
    } else if (type == double.class) {
      return Optional.of(0.0);
    } else if (type.isArray()) {
      return Optional.of(Array.newInstance(type.getComponentType(), 0));
    } else if (type.isEnum()) {
      return Optional.of(type.getEnumConstants()[0]);
    } else if (type == List.class || type == Collection.class || type == Iterable.class) {
      return Optional.of(List.of());
    } else if (type == Set.class) {
      return Optional.of(Set.of());
    } else if (type == Optional.class) {
      return Optional.of(Optional.empty());
    } else if (type == OptionalDouble.class) {
      return Optional.of(OptionalDouble.empty());
    } else if (type == OptionalInt.class) {
      return Optional.of(OptionalInt.empty());
    }
    return Optional.empty();
  }
}
