package org.icans.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.icans.grading.course.PatientCourse;
import org.icans.model.assessment.Assessment;
import org.icans.model.patient.Patient;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The course of one patient ({@link PatientCourse#of(List)}: 30 daily assessments graded, sorted,
 * turned into ICANS and CRS courses with episodes, peaks and the worst day), and the courses of a
 * cohort of 1,000 such patients. Inputs are varied as in {@link IcansGradingBenchmark}, from a fixed
 * seed; run with {@code -prof gc} to see what a course allocates (it is a new immutable value).
 */
@State(Scope.Thread)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CourseBenchmark {
  static final int DAYS = 30;
  static final int COHORT = 1000;

  private final List<List<Assessment>> patients = new ArrayList<>(COHORT);
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261122);
    for (int p = 0; p < COHORT; p++) {
      Patient patient = Observations.patient(random);
      List<Assessment> days = new ArrayList<>(DAYS);
      for (int d = 0; d < DAYS; d++) {
        days.add(Assessment.builder().patientId("PT" + p).day(d).patient(patient)
            .icans(Observations.icans(random)).crs(Observations.crs(random)).build());
      }
      patients.add(List.copyOf(days));
    }
  }

  /** One patient's course from 30 assessments. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public PatientCourse onePatient() {
    List<Assessment> days = patients.get(next);
    next = next + 1 == COHORT ? 0 : next + 1;
    return PatientCourse.of(days);
  }

  /** The courses of the whole cohort; the score is assessments per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(COHORT * DAYS)
  public void cohort(Blackhole bh) {
    for (List<Assessment> days : patients) {
      bh.consume(PatientCourse.of(days));
    }
  }
}
