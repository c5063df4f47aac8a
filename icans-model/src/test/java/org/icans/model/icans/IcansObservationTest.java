package org.icans.model.icans;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.junit.jupiter.api.Test;

/** One neurological assessment; an absent domain is not assessed, never normal. */
class IcansObservationTest {

  @Test
  void notAssessedHasEveryDomainEmptyAndNoAttribution() {
    IcansObservation none = IcansObservation.notAssessed();

    assertAll(
        () -> assertEquals(Optional.empty(), none.ice()),
        () -> assertEquals(Optional.empty(), none.capd()),
        () -> assertEquals(Optional.empty(), none.consciousness()),
        () -> assertEquals(Optional.empty(), none.seizure()),
        () -> assertEquals(Optional.empty(), none.motor()),
        () -> assertEquals(Optional.empty(), none.icp()),
        () -> assertTrue(none.attributedToOtherCause().isEmpty()),
        () -> assertFalse(none.diedOfIcans()));
  }

  @Test
  void anEmptyBuilderIsNotAssessed() {
    assertEquals(IcansObservation.notAssessed(), IcansObservation.builder().build());
  }

  @Test
  void holdsEveryDomain() {
    IcansObservation o = IcansObservation.builder()
        .ice(IceScore.ofTotal(6))
        .capd(CapdScore.ofTotal(12))
        .consciousness(Consciousness.AWAKENS_TO_VOICE)
        .seizure(Seizure.RAPIDLY_RESOLVING)
        .motor(MotorFindings.of(MotorFinding.TREMOR))
        .icp(IcpFindings.of(IcpFinding.FOCAL_EDEMA))
        .addAttributedToOtherCause(IcansDomain.SEIZURE, IcansDomain.ICP)
        .diedOfIcans(true)
        .build();

    assertAll(
        () -> assertEquals(Optional.of(IceScore.ofTotal(6)), o.ice()),
        () -> assertEquals(Optional.of(CapdScore.ofTotal(12)), o.capd()),
        () -> assertEquals(Optional.of(Consciousness.AWAKENS_TO_VOICE), o.consciousness()),
        () -> assertEquals(Optional.of(Seizure.RAPIDLY_RESOLVING), o.seizure()),
        () -> assertEquals(Optional.of(MotorFindings.of(MotorFinding.TREMOR)), o.motor()),
        () -> assertEquals(Optional.of(IcpFindings.of(IcpFinding.FOCAL_EDEMA)), o.icp()),
        () -> assertEquals(EnumSet.of(IcansDomain.SEIZURE, IcansDomain.ICP), o.attributedToOtherCause()),
        () -> assertTrue(o.diedOfIcans()));
  }

  @Test
  void normalFindingsAreNotTheSameAsNotAssessed() {
    IcansObservation normal = IcansObservation.builder()
        .ice(IceScore.ofTotal(10))
        .consciousness(Consciousness.ALERT)
        .seizure(Seizure.NONE)
        .motor(MotorFindings.none())
        .icp(IcpFindings.none())
        .build();

    assertNotEquals(IcansObservation.notAssessed(), normal);
    assertTrue(normal.motor().isPresent());
    assertTrue(normal.icp().isPresent());
  }

  @Test
  void unableToPerformCapdIsAnAssessedCapd() {
    IcansObservation o = IcansObservation.builder().capd(CapdScore.unableToPerform()).build();

    assertTrue(o.capd().isPresent());
    assertTrue(o.capd().orElseThrow().isUnableToPerform());
  }

  @Test
  void equalObservationsAreEqual() {
    IcansObservation a = IcansObservation.builder().seizure(Seizure.NONE).consciousness(Consciousness.ALERT).build();
    IcansObservation b = IcansObservation.builder().consciousness(Consciousness.ALERT).seizure(Seizure.NONE).build();

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void attributionsAreUnmodifiable() {
    Set<IcansDomain> attributed = IcansObservation.builder()
        .addAttributedToOtherCause(IcansDomain.MOTOR).build().attributedToOtherCause();

    assertThrows(UnsupportedOperationException.class, () -> attributed.add(IcansDomain.ICP));
  }

  @Test
  void builderRejectsNull() {
    IcansObservation.Builder b = IcansObservation.builder();

    assertAll(
        () -> assertThrows(NullPointerException.class, () -> b.ice((IceScore) null)),
        () -> assertThrows(NullPointerException.class, () -> b.capd((CapdScore) null)),
        () -> assertThrows(NullPointerException.class, () -> b.consciousness((Consciousness) null)),
        () -> assertThrows(NullPointerException.class, () -> b.seizure((Seizure) null)),
        () -> assertThrows(NullPointerException.class, () -> b.motor((MotorFindings) null)),
        () -> assertThrows(NullPointerException.class, () -> b.icp((IcpFindings) null)),
        () -> assertThrows(NullPointerException.class, () -> b.ice((Optional<IceScore>) null)),
        () -> assertThrows(NullPointerException.class, () -> b.addAttributedToOtherCause((IcansDomain) null)),
        () -> assertThrows(NullPointerException.class, () -> b.attributedToOtherCause(null)));
  }
}
