package org.icans.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

/** Scratch (not committed): the real calls over all 4,096 inputs per invocation, sampled. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class ScratchBenchmark {
  private static final int SIZE = 4096;
  private final IcansObservation[] icans = new IcansObservation[SIZE];
  private final EncephalopathyTool[] tools = new EncephalopathyTool[SIZE];
  private final Patient[] patients = new Patient[SIZE];
  private final CrsObservation[] crs = new CrsObservation[SIZE];
  private final Assessment[] assessments = new Assessment[SIZE];

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261121);
    for (int i = 0; i < SIZE; i++) {
      icans[i] = Observations.icans(random);
      patients[i] = Observations.patient(random);
      tools[i] = EncephalopathyTool.forPatient(patients[i]);
      crs[i] = Observations.crs(random);
      assessments[i] = Assessment.builder().patientId("PT" + (i % 97)).day(i % 30).patient(patients[i])
          .icans(icans[i]).crs(crs[i]).build();
    }
    for (int i = 0; i < SIZE; i++) {
      IcansGrader.grade(icans[i], tools[i]);
    }
  }

  @Benchmark
  public void icans(Blackhole bh) {
    for (int k = 0; k < SIZE; k++) {
      bh.consume(IcansGrader.grade(icans[k], tools[k]));
    }
  }

  @Benchmark
  public void icansOfPatient(Blackhole bh) {
    for (int k = 0; k < SIZE; k++) {
      bh.consume(IcansGrader.grade(icans[k], patients[k]));
    }
  }

  @Benchmark
  public void crs(Blackhole bh) {
    for (int k = 0; k < SIZE; k++) {
      bh.consume(CrsGrader.grade(crs[k]));
    }
  }

  @Benchmark
  public void both(Blackhole bh) {
    for (int k = 0; k < SIZE; k++) {
      bh.consume(IcansGrader.grade(icans[k], tools[k]));
      bh.consume(CrsGrader.grade(crs[k]));
    }
  }

  @Benchmark
  public void assessment(Blackhole bh) {
    for (int k = 0; k < SIZE; k++) {
      bh.consume(IcansGrader.grade(assessments[k]));
      bh.consume(CrsGrader.grade(assessments[k]));
    }
  }
}
