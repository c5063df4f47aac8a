package org.icans.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.course.Episode;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.course.SyndromeCourse;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.grading.icans.IcansBatch;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.InvalidValueException;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;

/**
 * No invalid input ever yields a grade (issue 14, finding 2): a missing tool, an age that is not a
 * number or out of range, a day that is not finite, a null among the grades of a course are each
 * refused with a message naming what is wrong, never graded as if they were something else.
 */
class InvalidInputProperties {
  /** A child with CAPD 20: grade 3 with the CAPD, and "no grade" if the tool were taken as ICE. */
  private static final IcansObservation CAPD_20 = IcansObservation.builder().capd(CapdScore.ofTotal(20)).build();

  @Provide
  Arbitrary<Double> invalidAges() {
    return Arbitraries.oneOf(Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        -Double.MIN_VALUE, Math.nextUp(120.0)), Arbitraries.doubles().lessThan(0),
        Arbitraries.doubles().greaterThan(120));
  }

  @Provide
  Arbitrary<Double> notFinite() {
    return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  }

  @Property
  void anAgeThatIsNotAValidAgeChoosesNoTool(@ForAll("invalidAges") double age, @ForAll boolean delay) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> EncephalopathyTool.forPatient(age, delay));
    assertEquals("ageYears", e.field());
  }

  @Property
  void aDayThatIsNotFiniteDatesNoGrade(@ForAll("notFinite") double day, @ForAll int grade) {
    assertThrows(IllegalArgumentException.class, () -> DatedGrade.of(day, Math.floorMod(grade, 6)));
    assertThrows(IllegalArgumentException.class, () -> DatedGrade.ungraded(day));
  }

  @Property
  void anEpisodeWithADayThatIsNotFiniteIsRefused(@ForAll("notFinite") double bad) {
    assertThrows(IllegalArgumentException.class, () -> new Episode(bad, 2, 1, OptionalDouble.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Episode(1, 2, bad, OptionalDouble.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Episode(1, 2, 1, OptionalDouble.of(bad)));
  }

  @Property
  void aNullAmongTheGradesOfACourseIsNamedByItsPosition(@ForAll("positions") int size, @ForAll("positions") int at) {
    List<DatedGrade> grades = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      grades.add(DatedGrade.of(i, 1));
    }
    int k = at % size;
    grades.set(k, null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> SyndromeCourse.of(grades));
    assertEquals("grades[" + k + "]", e.getMessage());
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(1, 20);
  }

  @Example
  void aMissingToolIsRefusedNotTakenForIce() {
    assertEquals(3, IcansGrader.grade(CAPD_20, EncephalopathyTool.CAPD).grade().getAsInt());
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> IcansGrader.grade(CAPD_20, (EncephalopathyTool) null));
    assertEquals("tool", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> IcansBatch.encode(CAPD_20, (EncephalopathyTool) null));
    assertEquals("tool", e.getMessage());
  }

  @Example
  void nullFindingsAndGradesAreNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> IcpFindings.of((List<IcpFinding>) null));
    assertEquals("findings", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> IcpFindings.of(Arrays.asList(IcpFinding.values()[0], null)));
    assertEquals("findings[1]", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> SyndromeCourse.of(Arrays.asList((DatedGrade) null)));
    assertEquals("grades[0]", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> PatientCourse.of(Arrays.asList(null, null)));
    assertEquals("assessments[0]", e.getMessage());
  }
}
