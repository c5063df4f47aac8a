package org.icans.grading.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.grading.testing.Observations;
import org.icans.grading.testing.ReferenceGrading;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.icans.testing.AllValues;
import org.icans.testing.CrsObservations;
import org.icans.testing.OxygenSupports;

/**
 * The CRS grade (choice 9 of reference/grading.md): no fever and no masking gives 0 whatever the
 * support (issue property 7); monotone in hypotension and oxygen support (8); the reference rule
 * on random and on exhaustive observations; attribution and filling-in behave like ICANS.
 */
class CrsGradeProperties {

  @Provide
  Arbitrary<CrsObservation> observations() {
    return CrsObservations.valid();
  }

  @Provide
  Arbitrary<OxygenSupport> oxygen() {
    // Edge cases are covered by representativeSupports(), enumerated in the property itself.
    return OxygenSupports.valid().withoutEdgeCases();
  }

  private static int g(CrsObservation o) {
    return CrsGrader.grade(o).gradeOrMinusOne();
  }

  // ------------------------------------------------------------------ 7. no fever, not masked

  /**
   * Issue 7: not died, not masked, and no fever (temperature absent or below 38.0, or fever
   * attributed to another cause): no grade when nothing is gradeable (every sign absent or
   * attributed), else grade 0 whatever the hypotension and oxygen support; complete exactly when a
   * temperature was measured or the fever attributed elsewhere.
   */
  @Property(tries = 2000)
  void noFeverAndNotMaskedIsNoCrs(@ForAll("observations") CrsObservation o) {
    CrsObservation unmasked = CrsObservation.builder().from(o).feverMasked(false).diedOfCrs(false).build();
    if (ReferenceGrading.fever(unmasked)) {
      return;
    }
    CrsGrade grade = CrsGrader.grade(unmasked);
    if (ReferenceGrading.nothingGradeable(unmasked)) {
      assertEquals(OptionalInt.empty(), grade.grade(), () -> String.valueOf(unmasked));
      return;
    }
    assertEquals(0, grade.gradeOrMinusOne(), () -> String.valueOf(unmasked));
    assertTrue(grade.drivers().isEmpty());
    if (unmasked.temperatureCelsius().isPresent() || unmasked.attributedToOtherCause().contains(CrsSign.FEVER)) {
      assertTrue(grade.isComplete(), () -> String.valueOf(unmasked));
    } else {
      // Temperature not measured: 0 is only a lower bound.
      assertFalse(grade.isComplete(), () -> String.valueOf(unmasked));
      assertTrue(grade.notAssessed().contains(CrsSign.FEVER));
    }
  }

  /** Issue 7 along the threshold: 38.0 C and above is fever, anything below is not. */
  @Property(tries = 1000)
  void feverIsThirtyEightOrMore(@ForAll("observations") CrsObservation o) {
    CrsObservation plain = CrsObservation.builder().from(o).feverMasked(false).diedOfCrs(false)
        .attributedToOtherCause(Set.of()).build();
    for (double t : new double[] {Math.nextDown(38.0), 37.9, 25.0}) {
      assertEquals(0, g(Observations.withTemperature(plain, OptionalDouble.of(t))));
    }
    for (double t : new double[] {38.0, Math.nextUp(38.0), 45.0}) {
      assertTrue(g(Observations.withTemperature(plain, OptionalDouble.of(t))) >= 1);
    }
  }

  // ------------------------------------------------------------------ 8. monotone in support

  /**
   * Issue 8: absent < none < fluids = support not recorded < one vasopressor < multiple: a worse
   * hypotension never lowers the grade.
   */
  @Property(tries = 1000)
  void worseHypotensionNeverLowersTheGrade(@ForAll("observations") CrsObservation o) {
    int previous = Integer.MIN_VALUE;
    List<Hypotension> byGrade = List.of(Hypotension.NONE, Hypotension.FLUIDS, Hypotension.UNKNOWN_SUPPORT,
        Hypotension.ONE_VASOPRESSOR, Hypotension.MULTIPLE_VASOPRESSORS);
    assertEquals(EnumSet.allOf(Hypotension.class), EnumSet.copyOf(byGrade), "every hypotension is ranked");
    for (Optional<Hypotension> h : AllValues.notAssessedThen(byGrade)) {
      int grade = g(CrsObservation.builder().from(o).hypotension(h).build());
      int before = previous;
      assertTrue(grade >= previous, () -> h + " gave " + grade + " < " + before + " in " + o);
      previous = grade;
    }
  }

  /**
   * Issue 8: order oxygen supports by the grade their device and flow give (absent lowest, room
   * air 0, blow-by and cannula <= 6 L/min 2, high flow and masks 3, positive pressure 4): a support
   * of higher or equal rank never gives a lower grade.
   */
  @Property(tries = 1000)
  void moreOxygenSupportNeverLowersTheGrade(@ForAll("observations") CrsObservation o,
      @ForAll("oxygen") OxygenSupport a, @ForAll("oxygen") OxygenSupport b) {
    List<Optional<OxygenSupport>> supports = new ArrayList<>(AllValues.notAssessedThen(representativeSupports()));
    supports.add(Optional.of(a));
    supports.add(Optional.of(b));
    for (Optional<OxygenSupport> lo : supports) {
      for (Optional<OxygenSupport> hi : supports) {
        if (rank(lo) <= rank(hi)) {
          int gl = g(CrsObservation.builder().from(o).oxygen(lo).build());
          int gh = g(CrsObservation.builder().from(o).oxygen(hi).build());
          assertTrue(gl <= gh, () -> lo + " gave " + gl + " but " + hi + " gave " + gh + " in " + o);
        }
      }
    }
  }

  private static int rank(Optional<OxygenSupport> s) {
    return s.map(ReferenceGrading::oxygenGrade).orElse(-1);
  }

  /** One support of each kind, with flows on both sides of 6 L/min. */
  static List<OxygenSupport> representativeSupports() {
    List<OxygenSupport> all = new ArrayList<>();
    for (OxygenDevice d : OxygenDevice.values()) {
      if (d == OxygenDevice.NONE) {
        all.add(OxygenSupport.roomAir());
        continue;
      }
      if (d == OxygenDevice.UNKNOWN_DEVICE) {
        all.add(OxygenSupport.of(d));
        continue;
      }
      if (d != OxygenDevice.NASAL_CANNULA) {
        all.add(OxygenSupport.of(d));
      }
      for (double flow : new double[] {2.0, 6.0, Math.nextUp(6.0), 15.0}) {
        all.add(OxygenSupport.of(d, flow));
      }
    }
    return all;
  }

  // ------------------------------------------------------------------ the reference rule

  /** The grade is choice 9 of the reference, on random observations. */
  @Property(tries = 3000)
  void gradeFollowsTheReferenceRule(@ForAll("observations") CrsObservation o) {
    assertGradedByReference(o);
  }

  /**
   * The grade and its completeness follow the reference (choices G-9 to G-11 and the contract's
   * crs_complete rule), exhaustively: temperature (absent, 37.9, 38.0) x masked x hypotension
   * (absent + 5) x every representative support (absent + 46) x every attribution x died:
   * 3 x 2 x 6 x 47 x 8 x 2 = 54,144 observations; explanations name the drivers.
   */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyCombinationFollowsTheReferenceRule(@ForAll("exhaustive") CrsObservation o) {
    assertGradedByReference(o);
  }

  @Provide
  Arbitrary<CrsObservation> exhaustive() {
    return Combinators.combine(
        Arbitraries.of(AllValues.notAssessedThen(List.of(37.9, 38.0))),
        Arbitraries.of(false, true),
        Arbitraries.of(AllValues.notAssessedThen(List.of(Hypotension.values()))),
        Arbitraries.of(AllValues.notAssessedThen(representativeSupports())),
        Arbitraries.of(AllValues.subsets(CrsSign.class)),
        Arbitraries.of(false, true))
        .as(Observations::crs);
  }

  private static void assertGradedByReference(CrsObservation o) {
    CrsGrade grade = CrsGrader.grade(o);
    int expected = ReferenceGrading.crsGrade(o);
    assertEquals(expected, grade.gradeOrMinusOne(), () -> String.valueOf(o));
    assertEquals(ReferenceGrading.crsComplete(o), grade.isComplete(), () -> "crs_complete of " + o);
    assertSame(grade, CrsGrader.grade(o), "results are shared");
    assertEquals(grade.gradeOrMinusOne() >= 0, grade.isGraded());
    assertEquals(grade.grade().orElse(-1), grade.gradeOrMinusOne());
    assertEquals(o.diedOfCrs(), grade.diedOfCrs());
    assertEquals(o.feverMasked(), grade.feverMasked());
    // Drivers: fever for grade 1, the supports at the grade for 2-4, none otherwise.
    EnumSet<CrsSign> drivers = EnumSet.noneOf(CrsSign.class);
    int gr = grade.gradeOrMinusOne();
    if (gr == 1) {
      drivers.add(CrsSign.FEVER);
    } else if (gr >= 2 && gr <= 4) {
      if (o.hypotension().isPresent() && !o.attributedToOtherCause().contains(CrsSign.HYPOTENSION)
          && ReferenceGrading.hypotensionGrade(o.hypotension().get()) == gr) {
        drivers.add(CrsSign.HYPOTENSION);
      }
      if (o.oxygen().isPresent() && !o.attributedToOtherCause().contains(CrsSign.HYPOXIA)
          && ReferenceGrading.oxygenGrade(o.oxygen().get()) == gr) {
        drivers.add(CrsSign.HYPOXIA);
      }
    }
    assertEquals(drivers, grade.drivers(), () -> String.valueOf(o));
    for (CrsRule r : grade.decidingRules()) {
      assertEquals(gr, r.grade(), () -> r + " in " + o);
    }
    assertEquals(grade.isGraded(), !grade.decidingRules().isEmpty());
    // Explanations.
    String summary = grade.summary();
    assertFalse(summary.isBlank());
    assertTrue(grade.explanation().startsWith(summary));
    for (CrsSign s : grade.drivers()) {
      assertTrue(summary.contains(s.name().toLowerCase(Locale.ROOT)), () -> summary);
    }
    assertFalse(summary.contains("null") || summary.contains("Optional"), summary);
  }

  // ------------------------------------------------------------------ attribution and filling in

  /**
   * Attributing further signs to another cause never raises the grade (no grade counting as -1),
   * and an attributed sign never drives the grade.
   */
  @Property(tries = 1000)
  void attributingNeverRaisesTheGrade(@ForAll("observations") CrsObservation o) {
    int before = g(o);
    for (Set<CrsSign> more : AllValues.subsets(CrsSign.class)) {
      EnumSet<CrsSign> all = EnumSet.noneOf(CrsSign.class);
      all.addAll(o.attributedToOtherCause());
      all.addAll(more);
      CrsGrade after = CrsGrader.grade(CrsObservation.builder().from(o).attributedToOtherCause(all).build());
      assertTrue(after.gradeOrMinusOne() <= before, () -> "attributing " + more + " raised " + o);
      assertFalse(after.drivers().stream().anyMatch(all::contains));
    }
  }

  /**
   * Attributing a sign that was never recorded is not an observation of CRS: with no temperature,
   * hypotension or oxygen element (and no death) there is no grade, masked or not, whatever is
   * attributed; as IcansGrader does for a domain attributed but not assessed.
   */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void attributionOfAnUnrecordedSignGivesNoGrade(@ForAll("attributionsOnly") CrsObservation o) {
    assertEquals(ReferenceGrading.NONE, g(o), () -> o + " gave " + CrsGrader.grade(o).summary());
  }

  @Provide
  Arbitrary<CrsObservation> attributionsOnly() {
    return Combinators.combine(Arbitraries.of(AllValues.subsets(CrsSign.class)), Arbitraries.of(false, true))
        .as((attributed, masked) -> CrsObservation.builder().attributedToOtherCause(attributed).feverMasked(masked)
            .build());
  }

  /**
   * Filling in an element that was not assessed never lowers the grade; and when the result says
   * it is complete, filling in changes nothing.
   */
  @Property(tries = 1000)
  void fillingUnassessedElementsNeverLowersTheGrade(@ForAll("observations") CrsObservation o,
      @ForAll("fillers") CrsObservation filler) {
    CrsObservation.Builder b = CrsObservation.builder().from(o);
    if (o.temperatureCelsius().isEmpty()) {
      b.temperatureCelsius(filler.temperatureCelsius());
    }
    if (o.hypotension().isEmpty()) {
      b.hypotension(filler.hypotension());
    }
    if (o.oxygen().isEmpty()) {
      b.oxygen(filler.oxygen());
    }
    CrsObservation filled = b.build();
    CrsGrade partial = CrsGrader.grade(o);
    CrsGrade full = CrsGrader.grade(filled);
    assertTrue(full.gradeOrMinusOne() >= partial.gradeOrMinusOne(), () -> o + " filled as " + filled);
    if (partial.isComplete()) {
      assertEquals(partial.gradeOrMinusOne(), full.gradeOrMinusOne(), () -> o + " filled as " + filled);
    }
  }

  /**
   * Contract v1.1 and choice G-11: a sign recorded without its support gives a lower bound that no
   * known support of that sign undercuts (every hypotension that needs support, every device that
   * gives oxygen); and when the result says it is complete, knowing the support changes nothing.
   */
  @Property(tries = 1000)
  void anUnknownSupportIsALowerBoundThatKnownSupportsNeverUndercut(@ForAll("observations") CrsObservation o,
      @ForAll("oxygen") OxygenSupport knownOxygen) {
    CrsObservation unknown = CrsObservation.builder().from(o).hypotension(Hypotension.UNKNOWN_SUPPORT).build();
    CrsGrade bound = CrsGrader.grade(unknown);
    for (Hypotension known : List.of(Hypotension.FLUIDS, Hypotension.ONE_VASOPRESSOR,
        Hypotension.MULTIPLE_VASOPRESSORS)) {
      assertKnownNeverUndercuts(bound, CrsObservation.builder().from(unknown).hypotension(known).build(), unknown);
    }
    CrsObservation unknownDevice = CrsObservation.builder().from(o)
        .oxygen(OxygenSupport.of(OxygenDevice.UNKNOWN_DEVICE)).build();
    CrsGrade deviceBound = CrsGrader.grade(unknownDevice);
    List<OxygenSupport> known = new ArrayList<>(representativeSupports());
    known.add(knownOxygen);
    for (OxygenSupport s : known) {
      if (s.device() != OxygenDevice.NONE && s.device() != OxygenDevice.UNKNOWN_DEVICE) {
        assertKnownNeverUndercuts(deviceBound, CrsObservation.builder().from(unknownDevice).oxygen(s).build(),
            unknownDevice);
      }
    }
  }

  private static void assertKnownNeverUndercuts(CrsGrade bound, CrsObservation withKnown, CrsObservation unknown) {
    int known = g(withKnown);
    assertTrue(known >= bound.gradeOrMinusOne(), () -> withKnown + " gave " + known + " below the bound of " + unknown);
    if (bound.isComplete()) {
      assertEquals(bound.gradeOrMinusOne(), known, () -> unknown + " said complete but " + withKnown + " differs");
    }
    assertFalse(bound.supportUnknown().isEmpty(), () -> unknown + ": the unknown support is named");
    if (bound.isGraded() && !bound.isComplete()) {
      assertTrue(bound.summary().contains("recorded without its support"), bound::summary);
    }
  }

  @Provide
  Arbitrary<CrsObservation> fillers() {
    return Combinators.combine(CrsObservations.temperatures(), Arbitraries.of(Hypotension.class),
            OxygenSupports.valid())
        .as((t, h, x) -> CrsObservation.builder().temperatureCelsius(t).hypotension(h).oxygen(x).build())
        .withoutEdgeCases();
  }
}
