package org.icans.grading.icans;

import static org.icans.grading.testing.Observations.g;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.grading.testing.GradingArbitraries;
import org.icans.grading.testing.Observations;
import org.icans.grading.testing.ReferenceGrading;
import org.icans.model.assessment.Assessment;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.model.patient.Patient;
import org.icans.testing.AllValues;
import org.icans.testing.EncephalopathyScores;
import org.icans.testing.IcansObservations;
import org.icans.testing.Patients;

/**
 * The ICANS grade as a function of an observation: the maximum of the domain grades (issue
 * property 1), attribution never raises it (3), tremor and myoclonus never change it (4), missing
 * domains only raise it when filled in, and completeness (5), the tool that does not apply is
 * ignored (6), and the tool is chosen by age and developmental delay.
 */
class IcansGradeProperties {

  @Provide
  Arbitrary<IcansObservation> observations() {
    return IcansObservations.valid();
  }

  @Provide
  Arbitrary<EncephalopathyTool> tools() {
    return GradingArbitraries.tools();
  }

  @Provide
  Arbitrary<Patient> patients() {
    return Patients.valid();
  }

  // ------------------------------------------------------------------ 1. maximum of the domains

  /**
   * Issue 1: the grade is 5 when died, else the maximum domain grade, else no grade; each domain
   * graded as the reference rules say.
   */
  @Property(tries = 2000)
  void gradeIsTheMaximumOfTheDomainGrades(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    IcansGrade grade = IcansGrader.grade(o, tool);

    int maxOfDomains = -1;
    boolean anyGraded = false;
    for (IcansDomain d : IcansDomain.values()) {
      DomainGrade dg = grade.domain(d);
      assertEquals(d, dg.domain());
      int expected = ReferenceGrading.domainGrade(o, tool, d);
      assertEquals(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected), dg.grade(), () -> d + " of " + o);
      DomainStatus expectedStatus = o.attributedToOtherCause().contains(d) ? DomainStatus.ATTRIBUTED_TO_OTHER_CAUSE
          : ReferenceGrading.assessed(o, tool, d) ? DomainStatus.GRADED : DomainStatus.NOT_ASSESSED;
      assertEquals(expectedStatus, dg.status(), () -> d + " of " + o);
      assertEquals(dg.grade().isPresent(), dg.rule().isPresent());
      dg.rule().ifPresent(r -> assertEquals(r.grade(), dg.grade().getAsInt()));
      if (dg.grade().isPresent()) {
        anyGraded = true;
        maxOfDomains = Math.max(maxOfDomains, dg.grade().getAsInt());
      }
    }

    int expected = o.diedOfIcans() ? 5 : maxOfDomains;
    assertEquals(expected, grade.gradeOrMinusOne(), () -> String.valueOf(o));
    assertEquals(ReferenceGrading.icansGrade(o, tool), grade.gradeOrMinusOne(), () -> String.valueOf(o));
    assertEquals(!anyGraded && !o.diedOfIcans(), grade.grade().isEmpty());
    assertEquals(grade.grade().isPresent(), grade.isGraded());
    assertEquals(grade.grade().orElse(-1), grade.gradeOrMinusOne());
    assertEquals(tool, grade.tool());
    assertEquals(o.diedOfIcans(), grade.diedOfIcans());
    assertEquals(5, grade.domains().size());
  }

  /** Drivers are exactly the domains at the overall grade 1-4, each with its deciding rule. */
  @Property(tries = 1000)
  void driversAreTheDomainsAtTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    IcansGrade grade = IcansGrader.grade(o, tool);
    int gr = grade.gradeOrMinusOne();
    EnumSet<IcansDomain> expected = EnumSet.noneOf(IcansDomain.class);
    List<IcansRule> rules = new ArrayList<>();
    if (o.diedOfIcans()) {
      rules.add(IcansRule.DEATH);
    } else if (gr >= 1) {
      for (IcansDomain d : IcansDomain.values()) {
        DomainGrade dg = grade.domain(d);
        if (dg.grade().isPresent() && dg.grade().getAsInt() == gr) {
          expected.add(d);
          rules.add(dg.rule().get());
        }
      }
      assertFalse(expected.isEmpty());
    }
    assertEquals(expected, grade.drivers());
    assertEquals(rules, grade.decidingRules());
  }

  // ------------------------------------------------------------------ 3. attribution never raises

  /** Issue 3: attributing any further set of domains never raises the grade, and removes their grades. */
  @Property(tries = 1000)
  void attributingNeverRaisesTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    int before = g(o, tool);
    for (Set<IcansDomain> more : AllValues.subsets(IcansDomain.class)) {
      EnumSet<IcansDomain> all = EnumSet.noneOf(IcansDomain.class);
      all.addAll(o.attributedToOtherCause());
      all.addAll(more);
      IcansObservation attributed = Observations.withAttributed(o, all);
      IcansGrade after = IcansGrader.grade(attributed, tool);
      assertTrue(after.gradeOrMinusOne() <= before, () -> "attributing " + more + " raised " + o);
      for (IcansDomain d : all) {
        assertEquals(DomainStatus.ATTRIBUTED_TO_OTHER_CAUSE, after.domain(d).status());
        assertTrue(after.domain(d).grade().isEmpty());
      }
      assertEquals(all, after.attributedToOtherCause());
      assertFalse(after.drivers().stream().anyMatch(all::contains));
    }
  }

  // ------------------------------------------------------------------ 4. tremor and myoclonus

  /** Issue 4: adding or removing tremor and myoclonus from any examined motor set gives the very same result. */
  @Property(tries = 500)
  void tremorAndMyoclonusNeverChangeTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    for (MotorFindings base : AllValues.motorFindings()) {
      IcansGrade reference = null;
      for (Set<MotorFinding> ignored : AllValues.subsets(MotorFinding.class)) {
        if (ignored.contains(MotorFinding.HEMIPARESIS) || ignored.contains(MotorFinding.PARAPARESIS)) {
          continue;
        }
        EnumSet<MotorFinding> set = EnumSet.noneOf(MotorFinding.class);
        set.addAll(base.asSet());
        set.removeAll(EnumSet.of(MotorFinding.TREMOR, MotorFinding.MYOCLONUS));
        set.addAll(ignored);
        IcansGrade grade = IcansGrader.grade(Observations.withMotor(o, Optional.of(MotorFindings.of(set))), tool);
        if (reference == null) {
          reference = grade;
        }
        assertSame(reference, grade, () -> "motor " + set + " in " + o);
      }
    }
  }

  // ------------------------------------------------------------------ 5. missing domains, completeness

  /** Issue 5 (completeness): complete iff no domain is both not assessed and not attributed. */
  @Property(tries = 1000)
  void completeIffNoDomainIsMissing(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    IcansGrade grade = IcansGrader.grade(o, tool);
    Set<IcansDomain> missing = ReferenceGrading.missing(o, tool);
    assertEquals(missing.isEmpty(), grade.isComplete(), () -> String.valueOf(o));
    assertEquals(missing, grade.notAssessed(), () -> String.valueOf(o));
  }

  /**
   * Issue 5: filling the missing domains of an observation with any findings (a random complete
   * filler, every value possible) gives a grade at least the partial one, and a complete result.
   */
  @Property(tries = 2000)
  void fillingMissingDomainsNeverLowersTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("fillers") IcansObservation filler, @ForAll("tools") EncephalopathyTool tool) {
    Set<IcansDomain> missing = ReferenceGrading.missing(o, tool);
    IcansObservation.Builder b = IcansObservation.builder().from(o);
    for (IcansDomain d : missing) {
      switch (d) {
        case ENCEPHALOPATHY:
          if (tool == EncephalopathyTool.ICE) {
            b.ice(filler.ice());
          } else {
            b.capd(filler.capd());
          }
          break;
        case CONSCIOUSNESS:
          b.consciousness(filler.consciousness());
          break;
        case SEIZURE:
          b.seizure(filler.seizure());
          break;
        case MOTOR:
          b.motor(filler.motor());
          break;
        default:
          b.icp(filler.icp());
      }
    }
    IcansObservation filled = b.build();
    IcansGrade partial = IcansGrader.grade(o, tool);
    IcansGrade full = IcansGrader.grade(filled, tool);
    assertTrue(full.gradeOrMinusOne() >= partial.gradeOrMinusOne(), () -> o + " filled as " + filled);
    assertTrue(full.isComplete());
    if (partial.isComplete()) {
      assertSame(partial, full);
    }
  }

  /**
   * Issue 5, exhaustively per observation: every combination of representative fillings of the
   * missing domains (every encephalopathy value, every consciousness and seizure value, motor and
   * ICP sets covering each finding) gives a grade at least the partial one, and at most 4 unless died.
   */
  @Property(tries = 60)
  void everyFillingOfMissingDomainsNeverLowersTheGrade(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    Set<IcansDomain> missing = ReferenceGrading.missing(o, tool);
    int partial = g(o, tool);
    List<Object> encValues = new ArrayList<>(tool == EncephalopathyTool.ICE ? AllValues.iceTotals()
        : AllValues.capdTotalsAndUnable());
    List<Optional<Object>> enc = missing.contains(IcansDomain.ENCEPHALOPATHY)
        ? present(encValues) : List.of(Optional.empty());
    List<Optional<Consciousness>> loc = missing.contains(IcansDomain.CONSCIOUSNESS)
        ? present(List.of(Consciousness.values())) : List.of(o.consciousness());
    List<Optional<Seizure>> sz = missing.contains(IcansDomain.SEIZURE)
        ? present(List.of(Seizure.values())) : List.of(o.seizure());
    List<Optional<MotorFindings>> motor = missing.contains(IcansDomain.MOTOR)
        ? present(List.of(MotorFindings.none(), MotorFindings.of(MotorFinding.TREMOR, MotorFinding.MYOCLONUS),
            MotorFindings.of(MotorFinding.HEMIPARESIS), MotorFindings.of(MotorFinding.PARAPARESIS)))
        : List.of(o.motor());
    List<IcpFindings> icpValues = new ArrayList<>();
    icpValues.add(IcpFindings.none());
    for (IcpFinding f : IcpFinding.values()) {
      icpValues.add(IcpFindings.of(f));
    }
    List<Optional<IcpFindings>> icp = missing.contains(IcansDomain.ICP) ? present(icpValues) : List.of(o.icp());
    for (Optional<Object> e : enc) {
      IcansObservation withEnc = missing.contains(IcansDomain.ENCEPHALOPATHY)
          ? Observations.withEncephalopathy(o, tool, e) : o;
      for (Optional<Consciousness> l : loc) {
        for (Optional<Seizure> s : sz) {
          for (Optional<MotorFindings> m : motor) {
            for (Optional<IcpFindings> i : icp) {
              IcansObservation filled = IcansObservation.builder().from(withEnc)
                  .consciousness(l).seizure(s).motor(m).icp(i).build();
              IcansGrade full = IcansGrader.grade(filled, tool);
              assertTrue(full.gradeOrMinusOne() >= partial, () -> o + " filled as " + filled);
              assertTrue(full.isComplete());
              assertTrue(o.diedOfIcans() || full.gradeOrMinusOne() <= 4);
            }
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<IcansObservation> fillers() {
    // Every domain present, with every value, both tools.
    return Combinators.combine(
        EncephalopathyScores.ice(), EncephalopathyScores.capd(),
        Arbitraries.of(Consciousness.class), Arbitraries.of(Seizure.class),
        IcansObservations.motorFindings(), IcansObservations.icpFindings())
        .as((ice, capd, loc, sz, motor, icp) -> IcansObservation.builder().ice(ice).capd(capd).consciousness(loc)
            .seizure(sz).motor(motor).icp(icp).build())
        .withoutEdgeCases();
  }

  private static <T> List<Optional<T>> present(List<T> values) {
    List<Optional<T>> all = new ArrayList<>();
    for (T v : values) {
      all.add(Optional.of(v));
    }
    return all;
  }

  // ------------------------------------------------------------------ 6. the other tool is ignored

  /** Issue 6: with CAPD applying, any ICE value (or none) gives the same result object, and vice versa. */
  @Property(tries = 300)
  void theToolThatDoesNotApplyIsIgnored(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    IcansGrade reference = IcansGrader.grade(o, tool);
    if (tool == EncephalopathyTool.CAPD) {
      List<IceScore> ices = new ArrayList<>(AllValues.iceTotals());
      ices.addAll(AllValues.iceTaskScores());
      for (Optional<IceScore> ice : AllValues.notAssessedThen(ices)) {
        assertSame(reference, IcansGrader.grade(Observations.withIce(o, ice), tool), () -> ice + " in " + o);
      }
    } else {
      for (Optional<CapdScore> capd : AllValues.notAssessedThen(AllValues.capdTotalsAndUnable())) {
        assertSame(reference, IcansGrader.grade(Observations.withCapd(o, capd), tool), () -> capd + " in " + o);
      }
    }
  }

  /** Issue 6 with CAPD answers: any answers in place of the (ignored) CAPD leave the ICE result unchanged. */
  @Property(tries = 500)
  void capdAnswersAreIgnoredUnderIce(@ForAll("observations") IcansObservation o,
      @ForAll("answers") CapdAnswers answers) {
    assertSame(IcansGrader.grade(o, EncephalopathyTool.ICE),
        IcansGrader.grade(Observations.withCapd(o, Optional.of(CapdScore.of(answers))), EncephalopathyTool.ICE));
  }

  @Provide
  Arbitrary<CapdAnswers> answers() {
    return EncephalopathyScores.capdAnswers();
  }

  /** ICE recorded task by task grades exactly as its total; CAPD from answers exactly as its total. */
  @Property(tries = 500)
  void tasksAndAnswersGradeAsTheirTotals(@ForAll("observations") IcansObservation o,
      @ForAll("answers") CapdAnswers answers) {
    for (IceScore tasks : AllValues.iceTaskScores()) {
      assertSame(IcansGrader.grade(Observations.withIce(o, Optional.of(IceScore.ofTotal(tasks.total()))),
              EncephalopathyTool.ICE),
          IcansGrader.grade(Observations.withIce(o, Optional.of(tasks)), EncephalopathyTool.ICE));
    }
    assertSame(IcansGrader.grade(Observations.withCapd(o, Optional.of(CapdScore.ofTotal(answers.total()))),
            EncephalopathyTool.CAPD),
        IcansGrader.grade(Observations.withCapd(o, Optional.of(CapdScore.of(answers))), EncephalopathyTool.CAPD));
  }

  // ------------------------------------------------------------------ tool by age and delay

  /** Choice 1: CAPD with developmental delay at any age, else ICE from 12.0 years and CAPD below. */
  @Property(tries = 1000)
  void toolIsChosenByAgeAndDevelopmentalDelay(@ForAll("observations") IcansObservation o,
      @ForAll("patients") Patient patient) {
    EncephalopathyTool expected = ReferenceGrading.tool(patient);
    assertEquals(expected, EncephalopathyTool.forPatient(patient), () -> String.valueOf(patient));
    assertEquals(expected, EncephalopathyTool.forPatient(patient.ageYears(), patient.developmentalDelay()));
    IcansGrade grade = IcansGrader.grade(o, patient);
    assertSame(IcansGrader.grade(o, expected), grade);
    assertEquals(expected, grade.tool());
    Assessment a = Assessment.builder().patientId("p").day(1).patient(patient).icans(o).build();
    assertSame(grade, IcansGrader.grade(a));
    assertEquals(IcansBatch.encode(o, expected), IcansBatch.encode(o, patient));
  }
}
