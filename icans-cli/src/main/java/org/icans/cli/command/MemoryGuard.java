package org.icans.cli.command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What the tool does when the Java heap runs out: one line on standard error naming the heap
 * ({@code -Xmx}, read from {@link Runtime#maxMemory()}) and the work that needed more, and exit
 * status 1 with every thread stopped, never a stack trace and never a hang.
 *
 * <p>Commands say what they are holding with {@link #working(Supplier)}; the description is built
 * only when the heap has run out, after a reserve set aside by {@link #install()} has been released.
 * Should even that fail, a line prepared at start-up (naming the heap, not the work) is written
 * instead: the way out needs no memory that was not set aside. An {@link OutOfMemoryError} that
 * reaches the thread running the command is turned into the line by {@code org.icans.cli.Main.run}; one that ends
 * any other thread is caught by the default handler that {@link #install()} sets, which writes the
 * line and halts the process, since a thread waiting for the dead one would wait forever.
 *
 * <p>A heap just large enough may never throw: the collector runs back to back, each time freeing
 * just enough for the next allocation, and the process makes almost no progress, unresponsive even
 * to SIGTERM. A daemon thread therefore watches the time spent collecting: when it is
 * {@value #THRASH_PERCENT}% or more of the last {@value #WINDOW_SECONDS} seconds, the heap is
 * treated as exhausted, as the parallel collector's "GC overhead limit" would. Thread-safe; one line
 * at most per process.
 */
public final class MemoryGuard {
  private MemoryGuard() {}

  /** The share of wall time spent collecting, in percent, at which the heap counts as exhausted. */
  static final int THRASH_PERCENT = 95;
  /** The window over which that share is measured. */
  static final int WINDOW_SECONDS = 5;

  private static final long MIB = 1 << 20;
  /**
   * The reserve: one whole region of the default collector (G1) at small heaps. A quarter of it was
   * measured not to be enough for {@code Runtime.halt} itself on a full heap.
   */
  private static final int RESERVE_BYTES = 1 << 20;
  /** Whether a line was written; a rare race may write two, never none. */
  private static final AtomicBoolean WRITTEN = new AtomicBoolean();
  private static volatile boolean exhausted;
  private static volatile Supplier<String> work = () -> "starting the tool";
  private static volatile byte[] reserve;
  /** Prepared by {@link #command(String)}: the line naming the command only, and where it goes. */
  private static volatile byte[] fallback;
  private static FileOutputStream stderr;

  /**
   * Sets aside the reserve and the prepared line, starts the watch on the collector, and makes any
   * thread that ends with a {@code Throwable} stop the process with status 1 (one line on standard
   * error) instead of leaving the others waiting. Called once, by {@code org.icans.cli.Main.main}, before any work.
   */
  public static void install() {
    reserve = new byte[RESERVE_BYTES];
    stderr = new FileOutputStream(FileDescriptor.err);
    command("the command");
    // Builds the message once now, so that the code that builds it is loaded and linked before the
    // heap can run out; and loads the class that Runtime.halt needs, which the JDK loads only at
    // exit: loading it with the heap exhausted fails, and the process then cannot even halt.
    message();
    try {
      Class.forName("java.lang.Shutdown");
    } catch (ClassNotFoundException e) {
      // Another JDK: halting will load what it needs.
    }
    reserve = new byte[RESERVE_BYTES];
    List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    long[] wall = new long[WINDOW_SECONDS + 1];
    long[] collecting = new long[WINDOW_SECONDS + 1];
    Thread.setDefaultUncaughtExceptionHandler(new Handler());
    Thread watch = new Thread(() -> watch(collectors, wall, collecting), "icans-memory-watch");
    watch.setDaemon(true);
    watch.start();
  }

  /**
   * Names the command being run, for the message and for the line prepared in advance, which
   * names the command but not what it held.
   */
  public static void command(String name) {
    working(name);
    fallback = (message() + "\n").getBytes(StandardCharsets.UTF_8);
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
   * java -Xmx64m -jar icans.jar ...}. Releases the reserve first.
   */
  public static String message() {
    reserve = null;
    long heapMib = heapMib();
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

  /** Whether {@code collectingMillis} of {@code wallMillis} is the share of a heap too small to work in. */
  static boolean thrashing(long wallMillis, long collectingMillis) {
    return wallMillis > 0 && collectingMillis * 100 >= wallMillis * THRASH_PERCENT;
  }

  /**
   * Writes the line of {@link #message()} to {@code err}, for the thread running the command; the
   * prepared line instead, and a halt, should even that run out of memory.
   */
  public static void report(PrintStream err) {
    exhausted = true;
    try {
      byte[] line = new StringBuilder(message()).append('\n').toString().getBytes(StandardCharsets.UTF_8);
      err.write(line, 0, line.length);
      err.flush();
      WRITTEN.set(true);
    } catch (OutOfMemoryError again) {
      haltWithPreparedLine();
    }
  }

  /** Whether the heap ran out in this process. */
  public static boolean exhausted() {
    return exhausted;
  }

  /**
   * Writes the prepared line (when no line was written yet) and halts with status 1: for when even
   * the message cannot be built. Does nothing unless {@link #install()} ran (the tool runs in-process).
   */
  static void haltWithPreparedLine() {
    if (stderr == null) {
      return;
    }
    reserve = null;
    if (!WRITTEN.get()) {
      try {
        stderr.write(fallback);
        WRITTEN.set(true);
      } catch (IOException | RuntimeException | OutOfMemoryError ignored) {
        // Nothing more can be said; the status still tells.
      }
    }
    Runtime.getRuntime().halt(FileCommand.UNREADABLE);
  }

  private static long heapMib() {
    return Math.max(1, (Runtime.getRuntime().maxMemory() + MIB / 2) / MIB);
  }

  /**
   * Stops the process for a thread that ended with {@code e}: one line, then status 1. Builds its
   * text with a StringBuilder, not string concatenation, whose first use links code (and needs
   * memory) at run time.
   */
  public static void haltOnFailure(Throwable e) {
    try {
      exhausted |= e instanceof OutOfMemoryError;
      StringBuilder line = e instanceof OutOfMemoryError ? new StringBuilder(message())
          : new StringBuilder("icans: internal error: ").append(e);
      if (!WRITTEN.get()) {
        stderr.write(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        WRITTEN.set(true);
      }
    } catch (Throwable again) {
      haltWithPreparedLine();
    }
    Runtime.getRuntime().halt(FileCommand.UNREADABLE);
  }

  /** The default handler: a thread that ends with a {@code Throwable} stops the process. */
  private static final class Handler implements Thread.UncaughtExceptionHandler {
    @Override
    public void uncaughtException(Thread thread, Throwable e) {
      haltOnFailure(e);
    }
  }

  /**
   * Samples the collectors' total time once a second and halts the process, as out of memory,
   * when the last {@value #WINDOW_SECONDS} seconds were spent collecting. Allocates nothing per
   * sample; any failure of its own halts with the prepared line.
   */
  private static void watch(List<GarbageCollectorMXBean> collectors, long[] wall, long[] collecting) {
    try {
      for (int tick = 0;; tick++) {
        long gc = 0;
        for (int i = 0; i < collectors.size(); i++) {
          gc += Math.max(0, collectors.get(i).getCollectionTime());
        }
        int k = tick % wall.length;
        wall[k] = System.nanoTime() / 1_000_000;
        collecting[k] = gc;
        if (tick >= WINDOW_SECONDS) {
          int oldest = (tick + 1) % wall.length;
          if (thrashing(wall[k] - wall[oldest], collecting[k] - collecting[oldest])) {
            haltOnFailure(new OutOfMemoryError("the collector ran " + THRASH_PERCENT + "% of the time"));
          }
        }
        Thread.sleep(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable e) {
      haltWithPreparedLine();
    }
  }
}
