package org.icans.grading.icans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.testing.AllValues;
import org.icans.testing.IcansObservations;

/**
 * Issue property 11: the explanations are non-empty and name the driver domains. Exhaustive over
 * consciousness (absent + 5) x seizure (absent + 3) x motor (absent, none, tremor, hemiparesis) x
 * ICP (absent, none, focal, diffuse) x ICE (absent, 0-10) x every attribution subset: 147,456
 * observations, graded with ICE. A random property covers everything else (CAPD, answers, death).
 */
class IcansExplanationProperties {

  @Provide
  Arbitrary<IcansObservation> exhaustiveObservations() {
    return Combinators.combine(
        Arbitraries.of(AllValues.notAssessedThen(List.of(Consciousness.values()))),
        Arbitraries.of(AllValues.notAssessedThen(List.of(Seizure.values()))),
        Arbitraries.of(AllValues.notAssessedThen(List.of(MotorFindings.none(),
            MotorFindings.of(MotorFinding.TREMOR), MotorFindings.of(MotorFinding.HEMIPARESIS)))),
        Arbitraries.of(AllValues.notAssessedThen(List.of(IcpFindings.none(),
            IcpFindings.of(IcpFinding.FOCAL_EDEMA), IcpFindings.of(IcpFinding.DIFFUSE_EDEMA)))),
        Arbitraries.of(AllValues.notAssessedThen(AllValues.iceTotals())),
        Arbitraries.of(AllValues.subsets(IcansDomain.class)))
        .as((loc, sz, motor, icp, ice, attributed) -> IcansObservation.builder()
            .consciousness(loc).seizure(sz).motor(motor).icp(icp).ice(ice).attributedToOtherCause(attributed)
            .build());
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyCombinationIsExplained(@ForAll("exhaustiveObservations") IcansObservation o) {
    assertExplained(IcansGrader.grade(o, EncephalopathyTool.ICE), o);
  }

  @Provide
  Arbitrary<IcansObservation> observations() {
    return IcansObservations.valid();
  }

  @Property(tries = 1000)
  void everyObservationIsExplained(@ForAll("observations") IcansObservation o,
      @ForAll EncephalopathyTool tool) {
    assertExplained(IcansGrader.grade(o, tool), o);
  }

  private static void assertExplained(IcansGrade grade, IcansObservation o) {
    String summary = grade.summary();
    String explanation = grade.explanation();
    assertFalse(summary.isBlank(), () -> "blank summary for " + o);
    assertFalse(explanation.isBlank(), () -> "blank explanation for " + o);
    assertEquals(summary, grade.toString());
    assertTrue(explanation.startsWith(summary), () -> explanation);
    for (String text : List.of(summary, explanation)) {
      assertFalse(text.contains("null") || text.contains("Optional") || text.contains("@"),
          () -> "leaks an internal value: " + text);
    }
    for (IcansDomain d : grade.drivers()) {
      assertTrue(summary.contains(name(d)), () -> "summary does not name driver " + name(d) + ": " + summary);
    }
    if (grade.isGraded() && !grade.diedOfIcans()) {
      assertTrue(summary.contains("grade " + grade.gradeOrMinusOne()), () -> summary);
    }
    if (grade.diedOfIcans()) {
      assertTrue(summary.contains("grade 5"), () -> summary);
    }
    for (IcansDomain d : grade.attributedToOtherCause()) {
      assertTrue(summary.contains(name(d)), () -> "summary does not name attributed " + name(d) + ": " + summary);
    }
    if (!grade.diedOfIcans()) {
      for (IcansDomain d : grade.notAssessed()) {
        assertTrue(summary.contains(name(d)), () -> "summary does not name unassessed " + name(d) + ": " + summary);
      }
    }
    // One line per domain in the explanation, in domain order.
    int from = summary.length();
    for (IcansDomain d : IcansDomain.values()) {
      int at = explanation.indexOf("  " + name(d) + ": ", from);
      assertTrue(at >= 0, () -> "explanation has no line for " + name(d) + ": " + explanation);
      from = at;
      assertFalse(grade.domain(d).describe().isBlank());
      assertTrue(grade.domain(d).describe().startsWith(name(d)));
    }
  }

  private static String name(IcansDomain d) {
    return d.name().toLowerCase(Locale.ROOT);
  }
}
