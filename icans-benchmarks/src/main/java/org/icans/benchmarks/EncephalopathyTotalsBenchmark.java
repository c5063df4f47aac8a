package org.icans.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.IceTasks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ICE total from its five tasks and the CAPD total from its eight answers, from raw integers
 * as a form or a file gives them (validation included).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EncephalopathyTotalsBenchmark {
  private static final int SIZE = 1024;

  private final int[][] iceTasks = new int[SIZE][];
  private final int[][] capdAnswers = new int[SIZE][];
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < SIZE; i++) {
      iceTasks[i] = new int[] {r.nextInt(5), r.nextInt(4), r.nextInt(2), r.nextInt(2), r.nextInt(2)};
      capdAnswers[i] = r.ints(8, 0, 5).toArray();
    }
  }

  /** {@code IceTasks.of(...).total()}: the tasks are canonical values, so this allocates nothing. */
  @Benchmark
  public int iceTotalFromTasks() {
    int[] t = iceTasks[next++ & (SIZE - 1)];
    return IceTasks.of(t[0], t[1], t[2], t[3], t[4]).total();
  }

  /** {@code CapdAnswers.ofCodes(...).total()}: builds the immutable answer set (one small object). */
  @Benchmark
  public int capdTotalFromAnswers() {
    return CapdAnswers.ofCodes(capdAnswers[next++ & (SIZE - 1)]).total();
  }
}
