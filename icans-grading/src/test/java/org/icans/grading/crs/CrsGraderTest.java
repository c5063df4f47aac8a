package org.icans.grading.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CRS oracle cases of {@code reference/grading.md} section 8.3. Defaults there: no prior
 * antipyretic or anti-cytokine therapy, nothing attributed; here also hypotension and oxygen
 * assessed and absent unless given. Notation: {@code t=39 masked hyp=fluids|one|multiple
 * o2=device[:flow] attr=fever+hypotension+hypoxia na=hyp+o2 died}.
 */
class CrsGraderTest {

  @ParameterizedTest(name = "{0}: {1} -> {2} by [{3}] {5}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      C01 | t=38.0                   | 1 | fever       | true |
      C02 | t=37.9                   | 0 |             | true |
      C03 | t=37.9 hyp=fluids        | 0 |             | true | fever required unless masked
      C04 | t=39 hyp=fluids          | 2 | hypotension | true |
      C05 | t=38.5 o2=nasal_cannula:2 | 2 | hypoxia    | true |
      C06 | t=38.5 o2=nasal_cannula:6 | 2 | hypoxia    | true | 6 L/min is low flow
      C07 | t=38.5 o2=nasal_cannula:7 | 3 | hypoxia    | true |
      C08 | t=38.5 o2=blow_by        | 2 | hypoxia     | true |
      C09 | t=39 o2=facemask         | 3 | hypoxia     | true |
      C10 | t=39 o2=nonrebreather    | 3 | hypoxia     | true |
      C11 | t=39 o2=venturi          | 3 | hypoxia     | true |
      C12 | t=39 o2=high_flow_nasal_cannula:40 | 3 | hypoxia | true |
      C13 | t=39 hyp=one             | 3 | hypotension | true |
      C14 | t=39 hyp=one             | 3 | hypotension | true | vasopressin not counted
      C15 | t=39 hyp=multiple        | 4 | hypotension | true |
      C16 | t=39 o2=cpap             | 4 | hypoxia     | true |
      C17 | t=39 o2=bipap            | 4 | hypoxia     | true |
      C18 | t=39 o2=mechanical_ventilation | 4 | hypoxia | true |
      C19 | t=39.5 hyp=one o2=nasal_cannula:2 | 3 | hypotension | true | LEE19 footnote example
      C20 | t=39 hyp=fluids o2=nonrebreather | 3 | hypoxia | true |
      C21 | t=36.8 masked hyp=one    | 3 | hypotension | true | fever masking footnote
      C22 | t=37 masked o2=nasal_cannula:3 | 2 | hypoxia | true | antipyretics also mask
      C23 | t=39                     | 1 | fever       | true | organ toxicity does not count
      C24 | t=39 attr=fever          | 0 |             | true | fever attributed to bacteremia
      C25 | t=38.2 o2=nasal_cannula:2 attr=hypoxia | 1 | fever | true | oxygen for comfort, attributed
      C26 | t=39 hyp=one             | 3 | hypotension | true | vasopressin alone recorded as one vasopressor
      C27 | t=38.5 o2=high_flow_nasal_cannula:4 | 2 | hypoxia | true | choice 9: the flow decides
      C28 | t=39 o2=mechanical_ventilation attr=hypoxia | 1 | fever | true | airway protection, attributed
      C29 | t=39 died                | 5 |             | true |
      X01 | t=37 masked              | 0 |             | true | choice 9: masked, no support
      X02 | t=39 o2=high_flow_nasal_cannula | 3 | hypoxia | true | device decides without a flow
      X03 | na=hyp+o2                | null |          | false | nothing of CRS observed
      X04 | hyp=fluids               | 0 |             | false | temperature not measured: lower bound
      X05 | t=39 na=o2               | 1 | fever       | false |
      X06 | t=37.5 na=hyp+o2         | 0 |             | true | afebrile, unmasked: nothing else matters
      X07 | attr=fever na=hyp+o2     | null |          | false | an attribution alone grades nothing
      X08 | t=39 attr=fever+hypotension+hypoxia | null | | false | every sign attributed: nothing gradeable, never complete
      X09 | t=39 hyp=multiple na=o2  | 4 | hypotension | true | grade 4 from a recorded support: complete
      X10 | died na=hyp+o2           | 5 |             | true | grade 5 is complete
      X11 | t=38.5 hyp=unknown       | 2 | hypotension | false | choice G-11: support not recorded, lower bound
      X12 | t=38.5 o2=unknown_device | 2 | hypoxia     | false | choice G-11: device not recorded, lower bound
      X13 | t=38.5 hyp=unknown o2=facemask | 3 | hypoxia | false | a higher known sign decides, still a lower bound
      X14 | t=38.5 hyp=unknown o2=cpap | 4 | hypoxia   | true | grade 4 from a recorded support
      X15 | t=38.5 hyp=unknown o2=nasal_cannula:2 | 2 | hypotension;hypoxia | false | both at grade 2
      X16 | t=37 hyp=unknown o2=unknown_device | 0 | | true | afebrile, unmasked: not CRS whatever the support
      X17 | t=37 masked hyp=unknown  | 2 | hypotension | false | masked fever: the unknown support counts
      X18 | t=38.5 hyp=unknown attr=hypotension | 1 | fever | false | attributed, left out; still unknown_* by the contract's rule (b)
      X19 | t=38.5 hyp=fluids attr=hypotension | 1 | fever | true | attributed counts as given
      V01 | t=38.9 hyp=fluids attr=hypotension na=o2 | 1 | fever | false | contract v1.1 public example 1
      V02 | t=38.9 o2=cpap attr=hypoxia na=hyp | 1 | fever | false | contract v1.1 public example 2
      V03 | t=39.2 attr=fever hyp=one na=o2 | 0 |      | true | contract v1.1 public example 3
      V04 | t=38.1 hyp=unknown       | 2 | hypotension | false | contract v1.1 public example 4
      V05 | t=38.1 hyp=unknown o2=mechanical_ventilation | 4 | hypoxia | true | contract v1.1 public example 5
      V06 | t=37.2 o2=unknown_device na=hyp | 0 |      | true | contract v1.1 public example 6
      V07 | masked na=hyp+o2         | null |          | false | contract v1.1 public example 7: masking alone grades nothing
      """)
  void referenceCases(String id, String input, Integer grade, String drivers, boolean complete, String reading) {
    CrsGrade g = CrsGrader.grade(parse(input));
    assertEquals(grade == null ? -1 : grade, g.gradeOrMinusOne(), g::explanation);
    assertEquals(drivers == null ? "" : drivers, names(g.drivers()), g::explanation);
    assertEquals(complete, g.isComplete(), g::explanation);
  }

  @Test
  void bothSignsDriveWhenTheyTie() {
    CrsGrade g = CrsGrader.grade(parse("t=39 hyp=one o2=facemask"));
    assertEquals(3, g.gradeOrMinusOne());
    assertEquals(EnumSet.of(CrsSign.HYPOTENSION, CrsSign.HYPOXIA), g.drivers());
    assertEquals(List.of(CrsRule.HYPOTENSION_ONE_VASOPRESSOR, CrsRule.HYPOXIA_HIGH_FLOW), g.decidingRules());
  }

  @Test
  void theSummaryNamesRuleAndSource() {
    CrsGrade g = CrsGrader.grade(parse("t=39 hyp=fluids na=o2"));
    String s = g.summary();
    assertTrue(s.startsWith("CRS grade 2 by hypotension: hypotension not requiring vasopressors (LEE19"), s);
    assertTrue(s.endsWith("lower bound: hypoxia not assessed"), s);
    assertTrue(g.explanation().contains("fever masked by therapy: no"));
  }

  @Test
  void theSummarySaysWhichSupportWasNotRecorded() {
    CrsGrade g = CrsGrader.grade(parse("t=39 hyp=unknown na=o2"));
    assertEquals(List.of(CrsRule.HYPOTENSION_SUPPORT_UNKNOWN), g.decidingRules());
    assertEquals(EnumSet.of(CrsSign.HYPOTENSION), g.supportUnknown());
    String s = g.summary();
    assertTrue(s.startsWith("CRS grade 2 by hypotension: hypotension recorded, its support not recorded"), s);
    assertTrue(s.endsWith("lower bound: hypoxia not assessed; hypotension recorded without its support"), s);
    assertTrue(s.contains("G-11"), s);
    assertTrue(g.explanation().contains("hypotension: decided the grade, support not recorded (counted as grade 2)"),
        g::explanation);
  }

  @Test
  void theThresholdsHoldToTheLastBitOfEveryAcceptedValue() {
    // The grader compares the numbers' bit patterns; these are the doubles next to each threshold
    // and at the ends of the accepted ranges.
    double[] temperatures = {CrsObservation.MIN_TEMPERATURE_C, Math.nextUp(CrsObservation.MIN_TEMPERATURE_C),
        Math.nextDown(CrsGrader.FEVER_THRESHOLD_C), CrsGrader.FEVER_THRESHOLD_C,
        Math.nextUp(CrsGrader.FEVER_THRESHOLD_C), Math.nextDown(CrsObservation.MAX_TEMPERATURE_C),
        CrsObservation.MAX_TEMPERATURE_C};
    for (double t : temperatures) {
      CrsGrade g = CrsGrader.grade(CrsObservation.builder().temperatureCelsius(t).build());
      assertEquals(t >= CrsGrader.FEVER_THRESHOLD_C ? 1 : 0, g.gradeOrMinusOne(), "t=" + t);
    }
    double[] flows = {Double.MIN_VALUE, Double.MIN_NORMAL, 0.5, Math.nextDown(CrsGrader.LOW_FLOW_MAX_LPM),
        CrsGrader.LOW_FLOW_MAX_LPM, Math.nextUp(CrsGrader.LOW_FLOW_MAX_LPM), 1e300, Double.MAX_VALUE};
    for (OxygenDevice device : List.of(OxygenDevice.NASAL_CANNULA, OxygenDevice.HIGH_FLOW_NASAL_CANNULA)) {
      for (double flow : flows) {
        CrsGrade g = CrsGrader.grade(CrsObservation.builder().temperatureCelsius(39)
            .oxygen(OxygenSupport.of(device, flow)).build());
        assertEquals(flow > CrsGrader.LOW_FLOW_MAX_LPM ? 3 : 2, g.gradeOrMinusOne(), device + " at " + flow);
      }
    }
  }

  @Test
  void noGradeWhenNothingObserved() {
    CrsGrade g = CrsGrader.grade(CrsObservation.notAssessed());
    assertFalse(g.isGraded());
    assertTrue(g.summary().startsWith("no CRS grade"));
  }

  static CrsObservation parse(String spec) {
    CrsObservation.Builder b = CrsObservation.builder();
    Hypotension hyp = Hypotension.NONE;
    OxygenSupport o2 = OxygenSupport.roomAir();
    Set<String> na = Set.of();
    for (String token : spec.trim().split("\\s+")) {
      String[] kv = token.split("=", 2);
      String v = kv.length > 1 ? kv[1] : "";
      switch (kv[0]) {
        case "t": b.temperatureCelsius(Double.parseDouble(v)); break;
        case "masked": b.feverMasked(true); break;
        case "hyp": hyp = v.equals("fluids") ? Hypotension.FLUIDS
            : v.equals("one") ? Hypotension.ONE_VASOPRESSOR
            : v.equals("unknown") ? Hypotension.UNKNOWN_SUPPORT : Hypotension.MULTIPLE_VASOPRESSORS; break;
        case "o2": {
          String[] d = v.split(":");
          OxygenDevice device = OxygenDevice.valueOf(d[0].toUpperCase(Locale.ROOT));
          o2 = d.length > 1 ? OxygenSupport.of(device, Double.parseDouble(d[1])) : OxygenSupport.of(device);
          break;
        }
        case "attr":
          for (String s : v.split("\\+")) {
            b.addAttributedToOtherCause(CrsSign.valueOf(s.toUpperCase(Locale.ROOT)));
          }
          break;
        case "na": na = Set.of(v.split("\\+")); break;
        case "died": b.diedOfCrs(true); break;
        default: throw new IllegalArgumentException("unknown token " + token);
      }
    }
    if (!na.contains("hyp")) {
      b.hypotension(hyp);
    }
    if (!na.contains("o2")) {
      b.oxygen(o2);
    }
    return b.build();
  }

  private static String names(Set<CrsSign> signs) {
    StringBuilder s = new StringBuilder();
    for (CrsSign x : signs) {
      s.append(s.length() == 0 ? "" : ";").append(x.name().toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }
}
