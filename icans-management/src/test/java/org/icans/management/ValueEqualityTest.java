package org.icans.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.icans.management.testing.Situations;
import org.junit.jupiter.api.Test;

/** Plans and audit reports compare by value, not identity. */
class ValueEqualityTest {

  @Test
  void plansAndAuditsOfEqualSituationsAreEqual() {
    for (ManagementPolicy p : ManagementPolicies.all()) {
      Plan a = p.plan(Situations.adult(Situations.TISA_CEL, 3, 1));
      Plan b = p.plan(Situations.adult(Situations.TISA_CEL, 3, 1));
      assertNotSame(a, b);
      assertEquals(a, b, p.id());
      assertEquals(a.hashCode(), b.hashCode(), p.id());
      assertEquals(PlanAudit.audit(a), PlanAudit.audit(b), p.id());
      assertEquals(PlanAudit.audit(a).hashCode(), PlanAudit.audit(b).hashCode(), p.id());
      assertNotEquals(a, p.plan(Situations.adult(Situations.TISA_CEL, 2, 1)), p.id());
    }
    Plan asco = ManagementPolicies.require("asco-2021").plan(Situations.sample());
    assertNotEquals(asco, ManagementPolicies.require("droracle-2026").plan(Situations.sample()));
  }
}
