package org.icans.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.grading.icans.IcansGrade;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.crs.CrsObservation;
import org.icans.model.icans.IcansObservation;
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
 * How long the object API takes to grade one observation, ICANS and CRS. The observations are a
 * pre-built array of varied inputs, walked in order, and each result is returned so that nothing
 * is optimised away. Run with {@code -prof gc} to see the bytes allocated per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IcansGradingBenchmark {
  private static final int SIZE = 4096; // a power of two, for the index mask

  private final IcansObservation[] icans = new IcansObservation[SIZE];
  private final EncephalopathyTool[] tools = new EncephalopathyTool[SIZE];
  private final CrsObservation[] crs = new CrsObservation[SIZE];
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261121);
    for (int i = 0; i < SIZE; i++) {
      icans[i] = Observations.icans(random);
      tools[i] = EncephalopathyTool.forPatient(Observations.patient(random));
      crs[i] = Observations.crs(random);
    }
    // Fill the shared results once, as a long-running service would have.
    for (int i = 0; i < SIZE; i++) {
      IcansGrader.grade(icans[i], tools[i]);
    }
  }

  /** One ICANS observation through {@link IcansGrader#grade(IcansObservation, EncephalopathyTool)}. */
  @Benchmark
  public IcansGrade gradeIcans() {
    int i = next++ & (SIZE - 1);
    return IcansGrader.grade(icans[i], tools[i]);
  }

  /** One CRS observation through {@link CrsGrader#grade(CrsObservation)}. */
  @Benchmark
  public CrsGrade gradeCrs() {
    return CrsGrader.grade(crs[next++ & (SIZE - 1)]);
  }
}
