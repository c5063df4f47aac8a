package org.icans.management;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.icans.management.dosing.Ceiling;
import org.icans.management.dosing.DoseCeilings;
import org.icans.management.dosing.Drug;
import org.junit.jupiter.api.Test;

/** The dosing package cites its ceilings by value: the same citations as {@link ManagementSources}. */
class ManagementSourcesTest {

  @Test
  void theCeilingsCiteTheSourcesOfThePolicies() {
    Ceiling tocilizumab = DoseCeilings.of(Drug.TOCILIZUMAB, false).get(0);
    assertEquals(ManagementSources.ASCO21.at("ICANS table, grade 1 with CRS: tocilizumab max 800 mg/dose"),
        tocilizumab.source().orElseThrow());
    List<Ceiling> anakinra = DoseCeilings.of(Drug.ANAKINRA, true);
    assertEquals(2, anakinra.size());
    for (Ceiling c : anakinra) {
      assertEquals(ManagementSources.PEDIATRIC_ANAKINRA22, c.source().orElseThrow());
    }
  }
}
