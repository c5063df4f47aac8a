package org.icans.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;

/**
 * Every CRS observation and oxygen support generated is one a caller can build through the public
 * builder and factories from what it reads, and each variant keeps its promise.
 */
class CrsObservationsProperties {

  @Provide
  Arbitrary<CrsObservation> valid() {
    return CrsObservations.valid();
  }

  @Provide
  Arbitrary<CrsObservation> fullyAssessed() {
    return CrsObservations.fullyAssessed();
  }

  @Provide
  Arbitrary<CrsObservation> withAttributions() {
    return CrsObservations.withAttributions();
  }

  @Provide
  Arbitrary<CrsObservation> withSignsNotAssessed() {
    return CrsObservations.withSignsNotAssessed();
  }

  @Provide
  Arbitrary<OxygenSupport> oxygen() {
    return OxygenSupports.valid();
  }

  static void assertValid(OxygenSupport s) {
    OxygenSupport rebuilt = OxygenSupport.builder().device(s.device()).flowLitresPerMinute(s.flowLitresPerMinute())
        .build();
    assertEquals(s, rebuilt);
    if (s.device() == OxygenDevice.NASAL_CANNULA) {
      assertTrue(s.flowLitresPerMinute().isPresent(), s::toString);
    }
    if (s.device() == OxygenDevice.NONE || s.device() == OxygenDevice.UNKNOWN_DEVICE) {
      assertTrue(s.flowLitresPerMinute().isEmpty(), s::toString);
    }
    s.flowLitresPerMinute().ifPresent(f -> assertTrue(f > 0 && Double.isFinite(f), s::toString));
  }

  static void assertValid(CrsObservation o) {
    CrsObservation rebuilt = CrsObservation.builder().temperatureCelsius(o.temperatureCelsius())
        .feverMasked(o.feverMasked()).hypotension(o.hypotension()).oxygen(o.oxygen())
        .attributedToOtherCause(o.attributedToOtherCause()).diedOfCrs(o.diedOfCrs()).build();
    assertEquals(o, rebuilt);
    o.temperatureCelsius().ifPresent(t -> assertTrue(
        t >= CrsObservation.MIN_TEMPERATURE_C && t <= CrsObservation.MAX_TEMPERATURE_C, o::toString));
    o.oxygen().ifPresent(CrsObservationsProperties::assertValid);
  }

  @Property
  void everyObservationIsValid(@ForAll("valid") CrsObservation o) {
    assertValid(o);
  }

  @Property
  void everyOxygenSupportIsValid(@ForAll("oxygen") OxygenSupport s) {
    assertValid(s);
  }

  @Property
  void fullyAssessedHasEverySign(@ForAll("fullyAssessed") CrsObservation o) {
    assertValid(o);
    assertTrue(o.temperatureCelsius().isPresent() && o.hypotension().isPresent() && o.oxygen().isPresent(),
        o::toString);
  }

  @Property
  void withAttributionsAttributesASign(@ForAll("withAttributions") CrsObservation o) {
    assertValid(o);
    assertFalse(o.attributedToOtherCause().isEmpty(), o::toString);
  }

  @Property
  void withSignsNotAssessedLeavesASignOut(@ForAll("withSignsNotAssessed") CrsObservation o) {
    assertValid(o);
    assertTrue(o.temperatureCelsius().isEmpty() || o.hypotension().isEmpty() || o.oxygen().isEmpty(), o::toString);
  }

  @Example
  void eachEdgeCaseIsValid() {
    for (CrsObservation o : CrsObservations.edgeCases()) {
      assertValid(o);
    }
    assertEquals(CrsObservation.notAssessed(), CrsObservations.edgeCases().get(0));
  }
}
