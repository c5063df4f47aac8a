package org.icans.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.icans.fhir.AssessmentPeriod;
import org.icans.fhir.FhirAssessment;
import org.icans.fhir.FhirReader;
import org.icans.fhir.FhirReading;
import org.icans.fhir.FhirWriter;
import org.icans.grading.course.GradedAssessment;
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

/**
 * The FHIR path of {@code icans-fhir}: a Bundle (JSON) of {@value #OBSERVATIONS} input
 * Observations (250 assessments of 20 patients, 1.3 MB of JSON) read into assessments and graded, beside HAPI's JSON parser alone
 * on the same text (the floor), and the whole path with the grade Observations written back as
 * JSON. One operation is one input Observation; the scores are Observations per second.
 *
 * <p>The assessments are varied from a fixed seed ({@link Observations}), written with
 * {@link FhirWriter#assessmentBundle} (8 Observations each on average), read by effective time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class FhirBenchmark {
  static final int OBSERVATIONS = 2_000;
  static final FhirReader READER = FhirReader.of(AssessmentPeriod.effectiveTime());

  private String json;

  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(2026);
    List<Assessment> assessments = new ArrayList<>();
    // One patient (age, delay) for each identifier: the FHIR form records them once a patient.
    Patient[] patients = new Patient[20];
    for (int p = 0; p < patients.length; p++) {
      patients[p] = Observations.patient(r);
    }
    for (int i = 0; i < 300; i++) {
      assessments.add(Assessment.builder().patientId("PT" + (i % 20)).day(i / 20 * 0.25)
          .patient(patients[i % 20]).icans(Observations.icans(r)).crs(Observations.crs(r)).build());
    }
    Bundle all = FhirWriter.assessmentBundle(assessments, OffsetDateTime.parse("2026-03-02T10:00:00+01:00"));
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    int observations = 0;
    for (Bundle.BundleEntryComponent e : all.getEntry()) {
      boolean isObservation = e.getResource() instanceof Observation;
      if (!isObservation || observations < OBSERVATIONS) {
        b.addEntry(e);
        observations += isObservation ? 1 : 0;
      }
    }
    if (observations != OBSERVATIONS) {
      throw new IllegalStateException("only " + observations + " Observations");
    }
    json = FhirWriter.compactJson(b);
  }

  /** HAPI's JSON parser alone, configured as the reader configures it: the text to a Bundle of R4 resources. */
  @Benchmark
  @OperationsPerInvocation(OBSERVATIONS)
  public int parseOnly() {
    LenientErrorHandler quiet = new LenientErrorHandler(false);
    quiet.setErrorOnInvalidValue(false);
    return ((Bundle) FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(quiet).parseResource(json))
        .getEntry().size();
  }

  /** Parsed, read into assessments (grouping, units, checks) and graded (ICANS and CRS). */
  @Benchmark
  @OperationsPerInvocation(OBSERVATIONS)
  public int readAndGrade() {
    FhirReading reading = READER.readJson(json);
    int sum = 0;
    for (FhirAssessment a : reading.assessments()) {
      GradedAssessment g = GradedAssessment.of(a.assessment());
      sum += g.icans().gradeOrMinusOne() + g.crs().gradeOrMinusOne();
    }
    return sum + reading.issues().size();
  }

  /** As {@link #readAndGrade}, and the grade Observations written as a FHIR JSON Bundle. */
  @Benchmark
  @OperationsPerInvocation(OBSERVATIONS)
  public int readGradeAndWrite() {
    FhirReading reading = READER.readJson(json);
    return FhirWriter.compactJson(FhirWriter.gradeBundle(reading.assessments())).length();
  }
}
