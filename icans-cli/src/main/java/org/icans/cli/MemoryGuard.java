package org.icans.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What the tool does when the Java heap runs out: one line on standard error naming the heap
 * ({@code -Xmx}, read from {@link Runtime#maxMemory()}) and the work that needed more, and exit
 * status 1 with every thread stopped, never a stack trace and never a hang.
 *
 * <p>Commands say what they are holding with {@link #working(Supplier)}; the description is built
 * only when the heap has run out, after a small reserve set aside by {@link #install()} has been
 * released, so that building the message does not fail in turn. An {@link OutOfMemoryError} that
 * reaches the thread running the command is turned into the line by {@link Main#run}; one that
 * ends any other thread is caught by the default handler that {@link #install()} sets, which writes
 * the line and halts the process, since the thread waiting for the dead one would wait forever.
 * Thread-safe; one line at most per process.
 */
public final class MemoryGuard {
  private MemoryGuard() {}

  private static final long MIB = 1 << 20;
  private static final AtomicBoolean REPORTED = new AtomicBoolean();
  private static volatile Supplier<String> work = () -> "starting the tool";
  private static volatile byte[] reserve;

  /**
   * Sets aside the reserve and makes any thread that ends with a {@code Throwable} stop the
   * process with status 1 (one line on standard error) instead of leaving the others waiting.
   */
  static void install() {
    reserve = new byte[256 << 10];
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      String line;
      try {
        line = e instanceof OutOfMemoryError ? message() + "\n"
            : "icans: internal error in thread " + thread.getName() + ": " + e + "\n";
      } catch (Throwable again) {
        line = "icans: out of memory\n";
      }
      halt(line);
    });
  }

  /**
   * Names the work under way, for the message should the heap run out: {@code what} is called only
   * then, so it may count what is held at that moment (read without synchronization: an estimate).
   */
  public static void working(Supplier<String> what) {
    work = what;
  }

  /** {@link #working(Supplier)} with a fixed description. */
  public static void working(String what) {
    work = () -> what;
  }

  /**
   * The one line for an exhausted heap, without the line break: {@code icans: out of memory:
   * <work> needed more than the Java heap of 12 MiB (-Xmx12m); run again with a larger heap, e.g.
   * java -Xmx24m -jar icans.jar ...}. Releases the reserve first.
   */
  public static String message() {
    reserve = null;
    long heapMib = Math.max(1, (Runtime.getRuntime().maxMemory() + MIB / 2) / MIB);
    String what;
    try {
      what = work.get();
    } catch (RuntimeException | OutOfMemoryError e) {
      what = "the command";
    }
    return "icans: out of memory: " + what + " needed more than the Java heap of " + heapMib + " MiB (-Xmx"
        + heapMib + "m); run again with a larger heap, e.g. java -Xmx" + Math.max(64, heapMib * 4)
        + "m -jar icans.jar ...";
  }

  /**
   * The line of {@link #message()}, for the thread running the command to write itself; no other
   * thread writes one afterwards.
   */
  static String report() {
    REPORTED.set(true);
    return message();
  }

  /**
   * Writes the line straight to the standard error descriptor, bypassing {@code System.err} (whose
   * lock another thread may hold), and halts with status 1 without running shutdown hooks.
   */
  private static void halt(String line) {
    if (REPORTED.compareAndSet(false, true)) {
      try {
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        err.write(line.getBytes(StandardCharsets.UTF_8));
        err.flush();
      } catch (IOException | RuntimeException | OutOfMemoryError ignored) {
        // Nothing more can be said; the status still tells.
      }
    }
    Runtime.getRuntime().halt(FileCommand.UNREADABLE);
  }
}
