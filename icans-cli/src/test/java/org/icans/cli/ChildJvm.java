package org.icans.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tool's {@code main} in a child JVM with a given heap, as {@code java -Xmx..m -jar
 * icans.jar} would, on the test's own class and module path (the jar is built after the tests).
 * A run that outlives its timeout is killed and fails the test, so a test can never hang.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** What one run gave. */
  record Result(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** Runs {@code icans args...} with a heap of {@code heapMib} MiB, killed after {@code timeoutSeconds}. */
  static Result run(int heapMib, long timeoutSeconds, Path workDir, String... args)
      throws IOException, InterruptedException {
    return run(heapMib, timeoutSeconds, workDir, Files.write(workDir.resolve("stdin-" + System.nanoTime()),
        new byte[0]), args);
  }

  /** {@link #run(int, long, Path, String...)} with {@code stdin} on standard input. */
  static Result run(int heapMib, long timeoutSeconds, Path workDir, Path stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMib + "m");
    command.add("-cp");
    command.add(classPath());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = workDir.resolve("stdout-" + System.nanoTime());
    Path err = workDir.resolve("stderr-" + System.nanoTime());
    Process p = new ProcessBuilder(command)
        .redirectInput(stdin.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      fail("icans " + String.join(" ", args) + " at -Xmx" + heapMib + "m did not end within " + timeoutSeconds
          + " s (a hang); standard error so far:\n" + Files.readString(err, StandardCharsets.UTF_8));
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The class path and module path of this test run, joined: everything the tool needs. */
  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String key : List.of("jdk.module.path", "java.class.path")) {
      String v = System.getProperty(key);
      if (v != null && !v.isEmpty()) {
        parts.add(v);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
