package org.icans.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.icans.grading.course.GradedAssessment;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/fhir/first-two-weeks.json}: one patient's first two weeks after an axi-cel
 * infusion as a hospital would send them (temperatures several times a day, one in degrees
 * Fahrenheit, heart rates the grader ignores, ICE with its tasks, a focal seizure on day 6), read
 * by calendar day in Europe/Berlin. The grades are the ASTCT grades of the story told in its
 * comments (docs/fhir.md).
 */
class ExampleBundleTest {
  static final Path BUNDLE = Path.of("../examples/fhir/first-two-weeks.json");
  static final Path NDJSON = Path.of("../examples/fhir/first-two-weeks.ndjson");
  static final FhirReader READER = FhirReader.of(AssessmentPeriod.calendarDay(ZoneId.of("Europe/Berlin")));

  static final List<Integer> ICANS = List.of(0, 0, 0, 0, 1, 2, 3, 2, 1, 1, 0, 0, 0, 0);
  static final List<Integer> CRS = List.of(0, 1, 2, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  @Test
  void theExampleGradesDayByDayAndNothingIsRefused() throws IOException {
    FhirReading r = READER.readJson(Files.readString(BUNDLE));
    assertEquals(List.of(), r.issues());
    assertEquals(7, r.resourcesIgnored(), "the heart rates");
    List<GradedAssessment> graded = r.assessments().stream().map(a -> GradedAssessment.of(a.assessment()))
        .collect(Collectors.toList());
    assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0),
        graded.stream().map(GradedAssessment::day).collect(Collectors.toList()));
    assertEquals(ICANS, graded.stream().map(g -> g.icans().gradeOrMinusOne()).collect(Collectors.toList()));
    assertEquals(CRS, graded.stream().map(g -> g.crs().gradeOrMinusOne()).collect(Collectors.toList()));
    assertEquals(39.222222, r.assessments().get(2).assessment().crs().temperatureCelsius().getAsDouble(), 1e-9,
        "102.6 [degF] is the highest of day 2");
    assertEquals(77.79, r.assessments().get(7).assessment().patient().weightKg().getAsDouble(), 0.01, "171.5 [lb_av]");
  }

  @Test
  void itsNdjsonFormReadsTheSameAndItsGradesValidate() throws IOException {
    FhirReading bundle = READER.readJson(Files.readString(BUNDLE));
    FhirReading ndjson;
    try (Reader in = Files.newBufferedReader(NDJSON)) {
      ndjson = READER.readNdjson(in);
    }
    assertEquals(bundle.assessments().stream().map(FhirAssessment::assessment).collect(Collectors.toList()),
        ndjson.assessments().stream().map(FhirAssessment::assessment).collect(Collectors.toList()));
    var errors = Validation.errors(FhirWriter.gradeBundle(bundle.assessments()));
    assertEquals(List.of(), errors, () -> Validation.describe(errors));
  }
}
