package org.icans.model.encephalopathy;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ICE score: a total 0-10, on its own or from its five tasks (reference/grading.md section 1.1). */
class IceScoreTest {

  @Test
  void aTotalOnItsOwnHasNoTasks() {
    IceScore score = IceScore.ofTotal(7);

    assertAll(
        () -> assertEquals(7, score.total()),
        () -> assertEquals(Optional.empty(), score.tasks()),
        () -> assertEquals("IceScore{7}", score.toString()));
  }

  @Test
  void aScoreFromTasksIsTheirSumAndKeepsThem() {
    IceScore score = IceScore.ofTasks(4, 2, 1, 0, 1);

    assertAll(
        () -> assertEquals(8, score.total()),
        () -> assertEquals(Optional.of(IceTasks.of(4, 2, 1, 0, 1)), score.tasks()),
        () -> assertSame(IceTasks.of(4, 2, 1, 0, 1), score.tasks().orElseThrow()));
  }

  @Test
  void ofTasksAndOfAgreeAndAreCanonical() {
    IceTasks tasks = IceTasks.of(1, 3, 0, 1, 0);

    assertSame(IceScore.of(tasks), IceScore.ofTasks(1, 3, 0, 1, 0));
    assertSame(IceScore.of(tasks), IceScore.of(tasks));
  }

  @Test
  void ofTotalReturnsTheSameInstanceForTheSameTotal() {
    for (int total = 0; total <= IceScore.MAX; total++) {
      assertSame(IceScore.ofTotal(total), IceScore.ofTotal(total), "total " + total);
      assertEquals(total, IceScore.ofTotal(total).total());
    }
  }

  @Test
  void tenIsTheBestScore() {
    assertEquals(10, IceScore.MAX);
    assertEquals(IceScore.MAX, IceScore.ofTasks(4, 3, 1, 1, 1).total());
  }

  @ParameterizedTest(name = "ICE total {0} is refused")
  @ValueSource(ints = {-1, 11, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void refusesATotalOutside0To10(int total) {
    assertInvalid(() -> IceScore.ofTotal(total), "ice.total", total, "an integer 0-10");
  }

  @Test
  void refusesTasksOutsideTheirRanges() {
    // The example of the issue: orientation 5 names "ice.orientation".
    assertInvalid(() -> IceScore.ofTasks(5, 3, 1, 1, 1), "ice.orientation", 5, "an integer 0-4");
    assertInvalid(() -> IceScore.ofTasks(4, 4, 1, 1, 1), "ice.naming", 4, "an integer 0-3");
    assertInvalid(() -> IceScore.ofTasks(4, 3, 2, 1, 1), "ice.commands", 2, "an integer 0-1");
    assertInvalid(() -> IceScore.ofTasks(4, 3, 1, 2, 1), "ice.writing", 2, "an integer 0-1");
    assertInvalid(() -> IceScore.ofTasks(4, 3, 1, 1, -1), "ice.attention", -1, "an integer 0-1");
  }

  @Test
  void refusesNullTasks() {
    assertThrows(NullPointerException.class, () -> IceScore.of(null));
  }

  @Test
  void toStringShowsTheTasks() {
    assertTrue(IceScore.ofTasks(4, 3, 1, 1, 1).toString().startsWith("IceScore{10 from IceTasks{"));
  }
}
