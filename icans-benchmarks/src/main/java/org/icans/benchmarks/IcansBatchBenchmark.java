package org.icans.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.grading.icans.IcansBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The columnar batch API over one million encoded observations, on one thread: the score is
 * observations per second (one operation = one observation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IcansBatchBenchmark {
  static final int ROWS = 1_000_000;

  private final int[] codes = new int[ROWS];
  private final byte[] grades = new byte[ROWS];

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < ROWS; i++) {
      codes[i] = IcansBatch.encode(Observations.icans(random),
          EncephalopathyTool.forPatient(Observations.patient(random)));
    }
  }

  /** Grades all the codes into the byte array; returns it so that the work is consumed. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public byte[] gradeAll() {
    IcansBatch.gradeAll(codes, grades);
    return grades;
  }
}
