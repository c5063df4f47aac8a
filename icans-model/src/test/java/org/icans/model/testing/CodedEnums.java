package org.icans.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.icans.model.Coded;
import org.icans.model.InvalidValueException;

/**
 * The public enums of a module, found on disk beside a class of it, and the checks of the code
 * convention ({@link Coded}) every module runs on its own: each {@code Coded} enum has a
 * {@code public static fromCode(String)} that finds every constant by its code and refuses anything
 * else naming every allowed code; its codes are unique and spelled as codes are. A module's test
 * also lists the public enums it leaves without codes, so that a new enum forces the choice.
 */
public final class CodedEnums {
  private CodedEnums() {}

  /**
   * How a code is spelled: lower-case words joined by {@code _} (the library's formats) or by
   * {@code -} (the FHIR CodeSystem), digits allowed; or an antigen's name in its nomenclature
   * ({@code CD19}, {@code GPRC5D}).
   */
  public static final Pattern SPELLING = Pattern.compile("[a-z0-9]+([_-][a-z0-9]+)*|[A-Z][A-Z0-9]*");

  /** The public enums of the module that holds {@code anchor}, in name order. */
  public static List<Class<?>> publicEnums(Class<?> anchor) {
    List<Class<?>> out = new ArrayList<>();
    for (String name : classNames(anchor)) {
      Class<?> c;
      try {
        c = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(name, e);
      }
      if (c.isEnum() && isPublic(c)) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  /** The public enums of the module that implement {@link Coded}. */
  public static List<Class<?>> coded(Class<?> anchor) {
    return publicEnums(anchor).stream().filter(Coded.class::isAssignableFrom).toList();
  }

  /** The simple names (outer {@code .} inner) of the public enums of the module that do not implement {@link Coded}. */
  public static Set<String> uncoded(Class<?> anchor) {
    Set<String> names = new HashSet<>();
    for (Class<?> c : publicEnums(anchor)) {
      if (!Coded.class.isAssignableFrom(c)) {
        names.add(c.getName().substring(c.getPackageName().length() + 1).replace('$', '.'));
      }
    }
    return names;
  }

  /** Every constant of every {@link Coded} enum of the module, for a property to range over. */
  public static List<Coded> constants(Class<?> anchor) {
    List<Coded> all = new ArrayList<>();
    for (Class<?> c : coded(anchor)) {
      for (Object o : c.getEnumConstants()) {
        all.add((Coded) o);
      }
    }
    return all;
  }

  /**
   * Checks one constant: its code is spelled as codes are, unique in its type, and the type's own
   * {@code fromCode} and {@link Coded#fromCode} both give the constant back.
   */
  public static void assertRoundTrip(Coded constant) {
    Class<?> type = ((Enum<?>) constant).getDeclaringClass();
    String code = constant.code();
    assertTrue(SPELLING.matcher(code).matches(), type.getName() + ": " + code);
    long same = Arrays.stream(type.getEnumConstants()).filter(o -> ((Coded) o).code().equals(code)).count();
    assertEquals(1, same, type.getName() + ": code " + code + " is not unique");
    assertSame(constant, fromCode(type, code));
    assertSame(constant, Coded.fromCode(cast(type), "field", code));
  }

  /** Checks that {@code code}, when it is no code of {@code type}, is refused naming every allowed code. */
  public static void assertRefused(Class<?> type, String code) {
    for (Object o : type.getEnumConstants()) {
      if (((Coded) o).code().equals(code)) {
        return;
      }
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> fromCode(type, code));
    assertEquals("'" + code + "'", e.value(), type.getName());
    assertEquals("one of " + allowed(type), e.allowed(), type.getName());
  }

  /** Calls the type's own {@code public static fromCode(String)}, which every {@link Coded} enum has. */
  public static Object fromCode(Class<?> type, String code) {
    Method m;
    try {
      m = type.getMethod("fromCode", String.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getName() + " has no public static fromCode(String)", e);
    }
    assertTrue(Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type, m.toString());
    try {
      return m.invoke(null, code);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    }
  }

  private static String allowed(Class<?> type) {
    StringJoiner j = new StringJoiner(", ");
    for (Object o : type.getEnumConstants()) {
      j.add(((Coded) o).code());
    }
    return j.toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class cast(Class<?> type) {
    return type;
  }

  private static boolean isPublic(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The names of the classes in the directory or jar {@code anchor} was loaded from. */
  private static List<String> classNames(Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          files.map(p -> root.relativize(p).toString().replace('\\', '/')).forEach(n -> add(names, n));
        }
      } else {
        try (ZipFile z = new ZipFile(root.toFile())) {
          z.stream().forEach(e -> add(names, e.getName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static void add(List<String> names, String path) {
    if (path.endsWith(".class") && !path.endsWith("module-info.class") && !path.endsWith("package-info.class")
        && !path.startsWith("META-INF/")) {
      names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }
  }
}
