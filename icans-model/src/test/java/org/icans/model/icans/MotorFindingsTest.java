package org.icans.model.icans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Motor findings: none() is an examination that found nothing; the 16 sets are canonical. */
class MotorFindingsTest {

  @Test
  void noneIsAnEmptySet() {
    assertTrue(MotorFindings.none().asSet().isEmpty());
    assertFalse(MotorFindings.none().hasDeepFocalWeakness());
    assertEquals("MotorFindings[]", MotorFindings.none().toString());
  }

  @Test
  void ofNothingIsNone() {
    assertSame(MotorFindings.none(), MotorFindings.of());
    assertSame(MotorFindings.none(), MotorFindings.of(List.of()));
  }

  @Test
  void ofHoldsTheFindings() {
    MotorFindings f = MotorFindings.of(MotorFinding.TREMOR, MotorFinding.HEMIPARESIS);

    assertEquals(EnumSet.of(MotorFinding.TREMOR, MotorFinding.HEMIPARESIS), f.asSet());
    assertTrue(f.contains(MotorFinding.TREMOR));
    assertTrue(f.contains(MotorFinding.HEMIPARESIS));
    assertFalse(f.contains(MotorFinding.MYOCLONUS));
    assertFalse(f.contains(MotorFinding.PARAPARESIS));
  }

  @Test
  void equalSetsAreTheSameInstanceWhateverTheOrderOrDuplicates() {
    assertSame(MotorFindings.of(MotorFinding.TREMOR, MotorFinding.PARAPARESIS),
        MotorFindings.of(MotorFinding.PARAPARESIS, MotorFinding.TREMOR, MotorFinding.TREMOR));
    assertSame(MotorFindings.of(MotorFinding.MYOCLONUS), MotorFindings.of(Set.of(MotorFinding.MYOCLONUS)));
    assertNotSame(MotorFindings.none(), MotorFindings.of(MotorFinding.MYOCLONUS));
  }

  @Test
  void everyOneOfThe16SetsIsCanonicalAndRoundTrips() {
    MotorFinding[] all = MotorFinding.values();
    Set<MotorFindings> distinct = new HashSet<>();
    for (int mask = 0; mask < 1 << all.length; mask++) {
      EnumSet<MotorFinding> set = EnumSet.noneOf(MotorFinding.class);
      for (MotorFinding f : all) {
        if ((mask & 1 << f.ordinal()) != 0) {
          set.add(f);
        }
      }
      MotorFindings findings = MotorFindings.of(set);
      assertSame(findings, MotorFindings.of(set.toArray(new MotorFinding[0])));
      assertEquals(set, findings.asSet());
      assertEquals(set.contains(MotorFinding.HEMIPARESIS) || set.contains(MotorFinding.PARAPARESIS),
          findings.hasDeepFocalWeakness(), set.toString());
      distinct.add(findings);
    }
    assertEquals(16, distinct.size());
  }

  @ParameterizedTest
  @EnumSource(value = MotorFinding.class, names = {"HEMIPARESIS", "PARAPARESIS"})
  void hemiparesisAndParaparesisAreDeepFocalWeakness(MotorFinding finding) {
    assertTrue(finding.isDeepFocalWeakness());
    assertTrue(MotorFindings.of(finding).hasDeepFocalWeakness());
  }

  @ParameterizedTest
  @EnumSource(value = MotorFinding.class, names = {"TREMOR", "MYOCLONUS"})
  void tremorAndMyoclonusAreRecordedButNotGraded(MotorFinding finding) {
    assertFalse(finding.isDeepFocalWeakness());
    assertFalse(MotorFindings.of(finding).hasDeepFocalWeakness());
  }

  @Test
  void asSetIsUnmodifiable() {
    Set<MotorFinding> set = MotorFindings.of(MotorFinding.TREMOR).asSet();

    assertThrows(UnsupportedOperationException.class, () -> set.add(MotorFinding.HEMIPARESIS));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> MotorFindings.of((Collection<MotorFinding>) null));
    assertThrows(NullPointerException.class, () -> MotorFindings.of((MotorFinding[]) null));
    assertThrows(NullPointerException.class, () -> MotorFindings.of(MotorFinding.TREMOR, null));
  }
}
