package org.icans.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansObservation;

/**
 * Every ICANS observation generated is one a caller can build through the public builder from what
 * it reads, and each variant keeps its promise.
 */
class IcansObservationsProperties {

  @Provide
  Arbitrary<IcansObservation> valid() {
    return IcansObservations.valid();
  }

  @Provide
  Arbitrary<IcansObservation> fullyAssessed() {
    return IcansObservations.fullyAssessed();
  }

  @Provide
  Arbitrary<IcansObservation> withAttributions() {
    return IcansObservations.withAttributions();
  }

  @Provide
  Arbitrary<IcansObservation> withDomainsNotAssessed() {
    return IcansObservations.withDomainsNotAssessed();
  }

  /** What an integrator's mapping would do: read every accessor, build again, get the same value. */
  static IcansObservation rebuilt(IcansObservation o) {
    return IcansObservation.builder().ice(o.ice()).capd(o.capd()).consciousness(o.consciousness())
        .seizure(o.seizure()).motor(o.motor()).icp(o.icp()).attributedToOtherCause(o.attributedToOtherCause())
        .diedOfIcans(o.diedOfIcans()).build();
  }

  static void assertValid(IcansObservation o) {
    assertEquals(o, rebuilt(o));
    o.ice().ifPresent(EncephalopathyScoresProperties::assertValid);
    o.capd().ifPresent(EncephalopathyScoresProperties::assertValid);
  }

  @Property
  void everyObservationIsValid(@ForAll("valid") IcansObservation o) {
    assertValid(o);
  }

  @Property
  void fullyAssessedHasEveryDomain(@ForAll("fullyAssessed") IcansObservation o) {
    assertValid(o);
    assertTrue(o.ice().isPresent() && o.capd().isPresent() && o.consciousness().isPresent()
        && o.seizure().isPresent() && o.motor().isPresent() && o.icp().isPresent(), o::toString);
  }

  @Property
  void withAttributionsAttributesADomain(@ForAll("withAttributions") IcansObservation o) {
    assertValid(o);
    assertFalse(o.attributedToOtherCause().isEmpty(), o::toString);
  }

  @Property
  void withDomainsNotAssessedLeavesADomainOut(@ForAll("withDomainsNotAssessed") IcansObservation o) {
    assertValid(o);
    assertTrue(o.ice().isEmpty() && o.capd().isEmpty() || o.consciousness().isEmpty() || o.seizure().isEmpty()
        || o.motor().isEmpty() || o.icp().isEmpty(), o::toString);
  }

  @Example
  void eachEdgeCaseIsValid() {
    for (IcansObservation o : IcansObservations.edgeCases()) {
      assertValid(o);
    }
    assertEquals(IcansObservation.notAssessed(), IcansObservations.edgeCases().get(0));
    assertEquals(IceScore.ofTotal(IceScore.MAX), IcansObservations.edgeCases().get(1).ice().orElseThrow());
    assertEquals(CapdScore.unableToPerform(), IcansObservations.edgeCases().get(2).capd().orElseThrow());
  }
}
