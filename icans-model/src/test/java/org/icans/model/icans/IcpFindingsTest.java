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

/** Raised-ICP / edema findings: none() is assessed with nothing found; the 64 sets are canonical. */
class IcpFindingsTest {

  @Test
  void noneIsAnEmptySet() {
    assertTrue(IcpFindings.none().asSet().isEmpty());
    assertEquals("IcpFindings[]", IcpFindings.none().toString());
    for (IcpFinding f : IcpFinding.values()) {
      assertFalse(IcpFindings.none().contains(f), f.name());
    }
  }

  @Test
  void ofNothingIsNone() {
    assertSame(IcpFindings.none(), IcpFindings.of());
    assertSame(IcpFindings.none(), IcpFindings.of(List.of()));
  }

  @Test
  void ofHoldsTheFindings() {
    IcpFindings f = IcpFindings.of(IcpFinding.FOCAL_EDEMA, IcpFinding.PAPILLEDEMA);

    assertEquals(EnumSet.of(IcpFinding.FOCAL_EDEMA, IcpFinding.PAPILLEDEMA), f.asSet());
    assertTrue(f.contains(IcpFinding.FOCAL_EDEMA));
    assertTrue(f.contains(IcpFinding.PAPILLEDEMA));
    assertFalse(f.contains(IcpFinding.DIFFUSE_EDEMA));
  }

  @Test
  void equalSetsAreTheSameInstanceWhateverTheOrderOrDuplicates() {
    assertSame(IcpFindings.of(IcpFinding.CN6_PALSY, IcpFinding.CUSHING_TRIAD),
        IcpFindings.of(IcpFinding.CUSHING_TRIAD, IcpFinding.CN6_PALSY, IcpFinding.CUSHING_TRIAD));
    assertSame(IcpFindings.of(IcpFinding.POSTURING), IcpFindings.of(Set.of(IcpFinding.POSTURING)));
    assertNotSame(IcpFindings.none(), IcpFindings.of(IcpFinding.POSTURING));
  }

  @Test
  void everyOneOfThe64SetsIsCanonicalAndRoundTrips() {
    IcpFinding[] all = IcpFinding.values();
    Set<IcpFindings> distinct = new HashSet<>();
    for (int mask = 0; mask < 1 << all.length; mask++) {
      EnumSet<IcpFinding> set = EnumSet.noneOf(IcpFinding.class);
      for (IcpFinding f : all) {
        if ((mask & 1 << f.ordinal()) != 0) {
          set.add(f);
        }
      }
      IcpFindings findings = IcpFindings.of(set);
      assertSame(findings, IcpFindings.of(set.toArray(new IcpFinding[0])));
      assertEquals(set, findings.asSet());
      for (IcpFinding f : all) {
        assertEquals(set.contains(f), findings.contains(f));
      }
      distinct.add(findings);
    }
    assertEquals(64, distinct.size());
  }

  @Test
  void asSetIsUnmodifiable() {
    Set<IcpFinding> set = IcpFindings.of(IcpFinding.FOCAL_EDEMA).asSet();

    assertThrows(UnsupportedOperationException.class, () -> set.add(IcpFinding.DIFFUSE_EDEMA));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> IcpFindings.of((Collection<IcpFinding>) null));
    assertThrows(NullPointerException.class, () -> IcpFindings.of((IcpFinding[]) null));
    assertThrows(NullPointerException.class, () -> IcpFindings.of(IcpFinding.FOCAL_EDEMA, null));
  }
}
