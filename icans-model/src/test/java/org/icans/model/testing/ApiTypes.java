package org.icans.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public types of the packages a module exports, read from its descriptor and its compiled
 * classes, so that a test over "every public type" also covers the one added tomorrow.
 */
public final class ApiTypes {
  private ApiTypes() {}

  /** The public types (nested ones included) of every package the module of {@code anchor} exports. */
  public static List<Class<?>> exported(Class<?> anchor) {
    Path classes;
    try {
      classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    ModuleDescriptor module = anchor.getModule().isNamed() ? anchor.getModule().getDescriptor()
        : ModuleFinder.of(classes).findAll().iterator().next().descriptor();
    Set<String> names = new TreeSet<>();
    for (ModuleDescriptor.Exports e : module.exports()) {
      if (e.isQualified()) {
        continue;
      }
      Path dir = classes.resolve(e.source().replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class") && !f.equals("package-info.class"))
            .forEach(f -> names.add(e.source() + "." + f.substring(0, f.length() - ".class".length())));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> c = Class.forName(name, false, anchor.getClassLoader());
        if (isApi(c)) {
          types.add(c);
        }
      } catch (ClassNotFoundException x) {
        throw new IllegalStateException(x);
      }
    }
    return types;
  }

  /** Whether {@code c} and every class enclosing it are public (anonymous and local classes are not). */
  public static boolean isApi(Class<?> c) {
    if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
