package org.icans.grading.icans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.grading.testing.ReferenceGrading;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.Seizure;
import org.icans.testing.AllValues;
import org.icans.testing.IcansObservations;

/**
 * The object path ({@link IcansGrader#grade(IcansObservation, EncephalopathyTool)}, which reads the
 * observation's packed findings through per-domain tables) and the batch path ({@link IcansBatch},
 * which reads the documented 30-bit code) give the same result object, and the reference grade, for
 * every value of every domain, attributed or not, with both tools, over random other domains: each
 * table entry the object path can reach is checked against the batch path's own decoding.
 */
class IcansObjectPathProperties {

  @Provide
  Arbitrary<IcansObservation> observations() {
    return IcansObservations.valid();
  }

  /** Every value of one domain (not assessed first), set on a copy of an observation. */
  private static List<IcansObservation> everyValueOf(IcansDomain domain, IcansObservation base) {
    List<IcansObservation> all = new ArrayList<>();
    switch (domain) {
      case ENCEPHALOPATHY:
        for (Optional<org.icans.model.encephalopathy.IceScore> ice
            : AllValues.notAssessedThen(AllValues.iceTotals())) {
          for (Optional<CapdScore> capd : AllValues.notAssessedThen(AllValues.capdTotalsAndUnable())) {
            all.add(IcansObservation.builder().from(base).ice(ice).capd(capd).build());
          }
        }
        return all;
      case CONSCIOUSNESS:
        return each(base, AllValues.notAssessedThen(List.of(Consciousness.values())),
            (b, v) -> b.consciousness(v));
      case SEIZURE:
        return each(base, AllValues.notAssessedThen(List.of(Seizure.values())), (b, v) -> b.seizure(v));
      case MOTOR:
        return each(base, AllValues.notAssessedThen(AllValues.motorFindings()), (b, v) -> b.motor(v));
      default:
        return each(base, AllValues.notAssessedThen(AllValues.icpFindings()), (b, v) -> b.icp(v));
    }
  }

  private static <T> List<IcansObservation> each(IcansObservation base, List<Optional<T>> values,
      BiFunction<IcansObservation.Builder, Optional<T>, IcansObservation.Builder> set) {
    List<IcansObservation> all = new ArrayList<>();
    for (Optional<T> v : values) {
      all.add(set.apply(IcansObservation.builder().from(base), v).build());
    }
    return all;
  }

  @Property(tries = 40)
  void everyValueOfEveryDomainGradesAsItsCode(@ForAll("observations") IcansObservation base) {
    for (IcansDomain domain : IcansDomain.values()) {
      for (IcansObservation value : everyValueOf(domain, base)) {
        for (boolean attributed : new boolean[] {false, true}) {
          IcansObservation.Builder b = IcansObservation.builder().from(value);
          if (attributed) {
            b.addAttributedToOtherCause(domain);
          }
          IcansObservation o = b.build();
          for (EncephalopathyTool tool : EncephalopathyTool.values()) {
            IcansGrade grade = IcansGrader.grade(o, tool);
            assertSame(IcansBatch.result(IcansBatch.encode(o, tool)), grade, () -> o + " with " + tool);
            assertEquals(ReferenceGrading.icansGrade(o, tool), grade.gradeOrMinusOne(), () -> o + " with " + tool);
            assertEquals(tool, grade.tool());
          }
        }
      }
    }
  }
}
