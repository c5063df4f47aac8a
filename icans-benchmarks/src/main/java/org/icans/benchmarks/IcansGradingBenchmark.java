package org.icans.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.grading.icans.IcansGrade;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * How long the object API takes to grade one assessment: ICANS, CRS, and both. The inputs are
 * pre-built arrays of 4,096 varied assessments (every domain absent about one time in five, every
 * value occurring), walked in order, and each result is returned or given to a {@link Blackhole}
 * so that nothing is optimised away. Run with {@code -prof gc} to see the bytes allocated per
 * operation.
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
  private final Patient[] patients = new Patient[SIZE];
  private final CrsObservation[] crs = new CrsObservation[SIZE];
  private final Assessment[] assessments = new Assessment[SIZE];
  private final String[] patientIds = new String[SIZE];
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261121);
    for (int i = 0; i < SIZE; i++) {
      icans[i] = Observations.icans(random);
      patients[i] = Observations.patient(random);
      tools[i] = EncephalopathyTool.forPatient(patients[i]);
      crs[i] = Observations.crs(random);
      patientIds[i] = "PT" + (i % 97);
      assessments[i] = Assessment.builder().patientId(patientIds[i]).day(i % 30).patient(patients[i])
          .icans(icans[i]).crs(crs[i]).build();
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

  /** One ICANS observation of a patient through {@link IcansGrader#grade(IcansObservation, Patient)}. */
  @Benchmark
  public IcansGrade gradeIcansOfPatient() {
    int i = next++ & (SIZE - 1);
    return IcansGrader.grade(icans[i], patients[i]);
  }

  /** One CRS observation through {@link CrsGrader#grade(CrsObservation)}. */
  @Benchmark
  public CrsGrade gradeCrs() {
    return CrsGrader.grade(crs[next++ & (SIZE - 1)]);
  }

  /**
   * ICANS and CRS of one assessment, as a bedside system grades it: {@link IcansGrader#grade(Assessment)}
   * (the tool chosen from the assessment's patient) and {@link CrsGrader#grade(Assessment)}.
   */
  @Benchmark
  public void gradeAssessment(Blackhole bh) {
    Assessment a = assessments[next++ & (SIZE - 1)];
    bh.consume(IcansGrader.grade(a));
    bh.consume(CrsGrader.grade(a));
  }

  /** ICANS of one assessment: {@link IcansGrader#grade(Assessment)} (the tool chosen from its patient). */
  @Benchmark
  public IcansGrade gradeIcansOfAssessment() {
    return IcansGrader.grade(assessments[next++ & (SIZE - 1)]);
  }

  /** CRS of one assessment: {@link CrsGrader#grade(Assessment)}. */
  @Benchmark
  public CrsGrade gradeCrsOfAssessment() {
    return CrsGrader.grade(assessments[next++ & (SIZE - 1)]);
  }

  /**
   * The floor of {@link #gradeAssessment}: the same walk over the same assessments, reading one word
   * of each (its day, through the public accessor) and grading nothing.
   */
  @Benchmark
  public double baselineAssessment() {
    return assessments[next++ & (SIZE - 1)].day();
  }

  /**
   * One {@link GradedAssessment} of an assessment ({@link GradedAssessment#of}): both grades, and
   * a new record, whose constructor checks that the grades are the assessment's (grading it again).
   */
  @Benchmark
  public GradedAssessment gradedAssessment() {
    return GradedAssessment.of(assessments[next++ & (SIZE - 1)]);
  }

  /**
   * Building one assessment from its parts (identifier, day, patient and the two observations,
   * built in advance): what the flat copies an assessment keeps for grading cost when it is made.
   */
  @Benchmark
  public Assessment buildAssessment() {
    int i = next++ & (SIZE - 1);
    return Assessment.builder().patientId(patientIds[i]).day(i % 30).patient(patients[i]).icans(icans[i])
        .crs(crs[i]).build();
  }

  /** ICANS (tool given) and CRS of one assessment's observations. */
  @Benchmark
  public void gradeBoth(Blackhole bh) {
    int i = next++ & (SIZE - 1);
    bh.consume(IcansGrader.grade(icans[i], tools[i]));
    bh.consume(CrsGrader.grade(crs[i]));
  }

  /**
   * ICANS and CRS of one assessment's observations through the two calls an integrator makes:
   * {@link IcansGrader#grade(IcansObservation, Patient)} (the tool chosen from the patient, a third
   * object read) and {@link CrsGrader#grade(CrsObservation)}.
   */
  @Benchmark
  public void gradeBothOfPatient(Blackhole bh) {
    int i = next++ & (SIZE - 1);
    bh.consume(IcansGrader.grade(icans[i], patients[i]));
    bh.consume(CrsGrader.grade(crs[i]));
  }

  /**
   * The floor of {@link #gradeBoth}: the same walk over the same inputs, reading one word of each
   * observation (the packed findings, through a public accessor) and the tool, and grading nothing.
   * What {@code gradeBoth} costs above this is the grading.
   */
  @Benchmark
  public void baseline(Blackhole bh) {
    int i = next++ & (SIZE - 1);
    bh.consume(icans[i].diedOfIcans());
    bh.consume(tools[i]);
    bh.consume(crs[i].diedOfCrs());
  }
}
