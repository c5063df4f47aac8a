package org.icans.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.encephalopathy.IceTasks;

/** Every ICE and CAPD result generated is one the model's factories make from what it reads. */
class EncephalopathyScoresProperties {

  static void assertValid(IceScore s) {
    assertTrue(s.total() >= 0 && s.total() <= IceScore.MAX, s::toString);
    if (s.tasks().isPresent()) {
      IceTasks t = s.tasks().get();
      assertEquals(t.orientation() + t.naming() + t.commands() + t.writing() + t.attention(), s.total());
      assertSame(s, IceScore.ofTasks(t.orientation(), t.naming(), t.commands(), t.writing(), t.attention()));
    } else {
      assertSame(s, IceScore.ofTotal(s.total()));
    }
  }

  static void assertValid(CapdScore s) {
    if (s.isUnableToPerform()) {
      assertSame(CapdScore.unableToPerform(), s);
    } else if (s.answers().isPresent()) {
      assertEquals(s.answers().get().total(), s.total().getAsInt());
      assertEquals(s, CapdScore.of(CapdAnswers.of(s.answers().get().asList())));
    } else {
      assertSame(s, CapdScore.ofTotal(s.total().getAsInt()));
    }
    s.total().ifPresent(t -> assertTrue(t >= 0 && t <= CapdScore.MAX, s::toString));
  }

  @Provide
  Arbitrary<IceScore> ice() {
    return EncephalopathyScores.ice();
  }

  @Provide
  Arbitrary<CapdScore> capd() {
    return EncephalopathyScores.capd();
  }

  @Property
  void everyIceScoreIsValid(@ForAll("ice") IceScore s) {
    assertValid(s);
  }

  @Property
  void everyCapdScoreIsValid(@ForAll("capd") CapdScore s) {
    assertValid(s);
  }

  @Property
  void iceTotalsAreTotalsAndTaskScoresHaveTasks(@ForAll("iceTotals") IceScore total, @ForAll("iceFromTasks") IceScore tasks) {
    assertTrue(total.tasks().isEmpty(), total::toString);
    assertTrue(tasks.tasks().isPresent(), tasks::toString);
  }

  @Provide
  Arbitrary<IceScore> iceTotals() {
    return EncephalopathyScores.iceTotals();
  }

  @Provide
  Arbitrary<IceScore> iceFromTasks() {
    return EncephalopathyScores.iceFromTasks();
  }
}
