package org.icans.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.temporal.ChronoField;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icans.model.crs.CrsSign;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansDomain;
import org.icans.model.testing.NullChecks;
import org.junit.jupiter.api.Test;

/** The exhaustive lists hold each value once, lowest first; every public method refuses null by name. */
class AllValuesTest {

  private static void assertDistinct(List<?> values) {
    assertEquals(values.size(), new HashSet<>(values).size(), values::toString);
  }

  @Test
  void listsHoldEveryValueOnce() {
    assertEquals(11, AllValues.iceTotals().size());
    assertEquals(160, AllValues.iceTaskScores().size());
    assertEquals(34, AllValues.capdTotalsAndUnable().size());
    assertEquals(16, AllValues.motorFindings().size());
    assertEquals(64, AllValues.icpFindings().size());
    assertEquals(32, AllValues.subsets(IcansDomain.class).size());
    assertEquals(8, AllValues.subsets(CrsSign.class).size());
    assertDistinct(AllValues.iceTotals());
    assertDistinct(AllValues.iceTaskScores());
    assertDistinct(AllValues.capdTotalsAndUnable());
    assertDistinct(AllValues.motorFindings());
    assertDistinct(AllValues.icpFindings());
    assertDistinct(AllValues.subsets(IcansDomain.class));
    assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
        AllValues.iceTaskScores().stream().map(IceScore::total).collect(Collectors.toSet()));
    assertEquals(Set.of(), AllValues.subsets(CrsSign.class).get(0));
    assertEquals(Set.of(CrsSign.values()), AllValues.subsets(CrsSign.class).get(7));
  }

  @Test
  void notAssessedComesFirst() {
    assertEquals(List.of(Optional.empty(), Optional.of("a"), Optional.of("b")),
        AllValues.notAssessedThen(List.of("a", "b")));
  }

  @Test
  void listsAreUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> AllValues.iceTotals().clear());
    assertThrows(UnsupportedOperationException.class, () -> AllValues.subsets(CrsSign.class).get(1).clear());
    assertThrows(UnsupportedOperationException.class, () -> AllValues.notAssessedThen(List.of(1)).clear());
  }

  @Test
  void largeEnumsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> AllValues.subsets(ChronoField.class));
  }

  @Test
  void publicMethodsRefuseNullByName() {
    NullChecks checks = new NullChecks().setDefault(net.jqwik.api.Arbitrary.class, net.jqwik.api.Arbitraries.just("x"));
    for (Class<?> type : List.of(AllValues.class, Assessments.class, CrsObservations.class,
        EncephalopathyScores.class, IcansObservations.class, OxygenSupports.class, Patients.class)) {
      checks.checkStatic(type);
    }
  }
}
