package org.icans.grading.icans;

import static org.icans.grading.testing.Observations.g;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.grading.testing.GradingArbitraries;
import org.icans.grading.testing.Observations;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.testing.AllValues;
import org.icans.testing.IcansObservations;

/**
 * Issue property 2: making one domain worse never lowers the ICANS grade, and making it better never
 * raises it. Each domain is checked along its whole order, from not assessed (the bottom: assessing
 * a domain never lowers the grade) to its worst finding, with the rest of the observation random:
 * consciousness and seizure by ordinal, ICE lower is worse, CAPD higher is worse and unable worst,
 * motor and ICP findings by set inclusion.
 */
class IcansMonotonicityProperties {

  @Provide
  Arbitrary<IcansObservation> observations() {
    return IcansObservations.valid();
  }

  @Provide
  Arbitrary<EncephalopathyTool> tools() {
    return GradingArbitraries.tools();
  }

  @Property(tries = 1000)
  void worseConsciousnessNeverLowersTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    assertChainNonDecreasing(o, tool, AllValues.notAssessedThen(List.of(Consciousness.values())),
        v -> Observations.withConsciousness(o, v));
  }

  @Property(tries = 1000)
  void worseSeizureNeverLowersTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    assertChainNonDecreasing(o, tool, AllValues.notAssessedThen(List.of(Seizure.values())),
        v -> Observations.withSeizure(o, v));
  }

  /** ICE from 10 down to 0 (totals); any tool: under CAPD the ICE value must not matter at all. */
  @Property(tries = 1000)
  void lowerIceNeverLowersTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    List<IceScore> worsening = new ArrayList<>();
    for (int t = IceScore.MAX; t >= 0; t--) {
      worsening.add(IceScore.ofTotal(t));
    }
    assertChainNonDecreasing(o, tool, AllValues.notAssessedThen(worsening), v -> Observations.withIce(o, v));
  }

  /** ICE recorded task by task: losing one point on any task never lowers the grade. */
  @Property(tries = 1000)
  void losingAnIceTaskPointNeverLowersTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    for (IceScore better : AllValues.iceTaskScores()) {
      int betterGrade = g(Observations.withIce(o, Optional.of(better)), tool);
      int[] t = {
        better.tasks().get().orientation(), better.tasks().get().naming(), better.tasks().get().commands(),
        better.tasks().get().writing(), better.tasks().get().attention()
      };
      for (int i = 0; i < t.length; i++) {
        if (t[i] == 0) {
          continue;
        }
        int[] w = t.clone();
        w[i]--;
        IceScore worse = IceScore.ofTasks(w[0], w[1], w[2], w[3], w[4]);
        int worseGrade = g(Observations.withIce(o, Optional.of(worse)), tool);
        assertTrue(worseGrade >= betterGrade, () -> better + " -> " + worse + " in " + o);
      }
    }
  }

  /** CAPD from 0 up to 32, then unable to perform; any tool. */
  @Property(tries = 1000)
  void higherCapdNeverLowersTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    assertChainNonDecreasing(o, tool, AllValues.notAssessedThen(AllValues.capdTotalsAndUnable()),
        v -> Observations.withCapd(o, v));
  }

  /** Motor: not examined <= any set, and S subset of T gives grade(S) <= grade(T), over all 16 x 16 pairs. */
  @Property(tries = 1000)
  void addingAMotorFindingNeverLowersTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    List<MotorFindings> all = AllValues.motorFindings();
    int absent = g(Observations.withMotor(o, Optional.empty()), tool);
    int[] grades = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      grades[i] = g(Observations.withMotor(o, Optional.of(all.get(i))), tool);
      int gi = grades[i];
      MotorFindings m = all.get(i);
      assertTrue(gi >= absent, () -> "examining motor as " + m + " lowered " + o);
    }
    for (int s = 0; s < all.size(); s++) {
      for (int t = 0; t < all.size(); t++) {
        if (all.get(t).asSet().containsAll(all.get(s).asSet())) {
          MotorFindings from = all.get(s);
          MotorFindings to = all.get(t);
          assertTrue(grades[t] >= grades[s], () -> from + " -> " + to + " in " + o);
        }
      }
    }
  }

  /** ICP: not assessed <= any set, and S subset of T gives grade(S) <= grade(T), over all 64 x 64 pairs. */
  @Property(tries = 1000)
  void addingAnIcpFindingNeverLowersTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    List<IcpFindings> all = AllValues.icpFindings();
    int absent = g(Observations.withIcp(o, Optional.empty()), tool);
    int[] grades = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      grades[i] = g(Observations.withIcp(o, Optional.of(all.get(i))), tool);
      int gi = grades[i];
      IcpFindings f = all.get(i);
      assertTrue(gi >= absent, () -> "assessing ICP as " + f + " lowered " + o);
    }
    for (int s = 0; s < all.size(); s++) {
      for (int t = 0; t < all.size(); t++) {
        if (all.get(t).asSet().containsAll(all.get(s).asSet())) {
          IcpFindings from = all.get(s);
          IcpFindings to = all.get(t);
          assertTrue(grades[t] >= grades[s], () -> from + " -> " + to + " in " + o);
        }
      }
    }
  }

  /** Grades along a chain of values from best (absent first) to worst never decrease. */
  private static <T> void assertChainNonDecreasing(IcansObservation o, EncephalopathyTool tool,
      List<Optional<T>> bestToWorst, Function<Optional<T>, IcansObservation> with) {
    int previous = Integer.MIN_VALUE;
    Optional<T> previousValue = null;
    for (Optional<T> v : bestToWorst) {
      int grade = g(with.apply(v), tool);
      Optional<T> from = previousValue;
      int fromGrade = previous;
      assertTrue(grade >= previous,
          () -> "going from " + from + " (grade " + fromGrade + ") to " + v + " (grade " + grade + ") lowered "
              + o + " with " + tool);
      previous = grade;
      previousValue = v;
    }
  }
}
