package org.icans.model.encephalopathy;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five ICE tasks and their ranges (reference/grading.md section 1.1). */
class IceTasksTest {

  @Test
  void holdsThePointsOfEachTaskAndTheirSum() {
    IceTasks tasks = IceTasks.of(3, 2, 1, 0, 1);

    assertAll(
        () -> assertEquals(3, tasks.orientation()),
        () -> assertEquals(2, tasks.naming()),
        () -> assertEquals(1, tasks.commands()),
        () -> assertEquals(0, tasks.writing()),
        () -> assertEquals(1, tasks.attention()),
        () -> assertEquals(7, tasks.total()));
  }

  @Test
  void theMaximaAreThoseOfTheIceTable() {
    // Orientation 4 (year, month, city, hospital), naming 3 objects, commands 1, writing 1, attention 1.
    assertAll(
        () -> assertEquals(4, IceTasks.MAX_ORIENTATION),
        () -> assertEquals(3, IceTasks.MAX_NAMING),
        () -> assertEquals(1, IceTasks.MAX_COMMANDS),
        () -> assertEquals(1, IceTasks.MAX_WRITING),
        () -> assertEquals(1, IceTasks.MAX_ATTENTION));
  }

  @Test
  void fullMarksTotalTenAndNoneTotalZero() {
    assertEquals(10, IceTasks.of(4, 3, 1, 1, 1).total());
    assertEquals(0, IceTasks.of(0, 0, 0, 0, 0).total());
  }

  @Test
  void equalTasksAreTheSameInstance() {
    assertSame(IceTasks.of(2, 1, 0, 1, 0), IceTasks.of(2, 1, 0, 1, 0));
  }

  @Test
  void toStringNamesEveryTask() {
    assertEquals("IceTasks{orientation=4, naming=3, commands=1, writing=0, attention=1}",
        IceTasks.of(4, 3, 1, 0, 1).toString());
  }

  @ParameterizedTest(name = "{0} = {1} is refused")
  @CsvSource({
      "orientation, -1, an integer 0-4",
      "orientation,  5, an integer 0-4",
      "naming,      -1, an integer 0-3",
      "naming,       4, an integer 0-3",
      "commands,    -1, an integer 0-1",
      "commands,     2, an integer 0-1",
      "writing,     -1, an integer 0-1",
      "writing,      2, an integer 0-1",
      "attention,   -1, an integer 0-1",
      "attention,    2, an integer 0-1",
      "orientation, -2147483648, an integer 0-4",
      "attention,   2147483647, an integer 0-1",
  })
  void refusesATaskOutsideItsRange(String task, int value, String allowed) {
    int[] points = {0, 0, 0, 0, 0};
    points[taskIndex(task)] = value;

    assertInvalid(() -> IceTasks.of(points[0], points[1], points[2], points[3], points[4]),
        "ice." + task, value, allowed);
  }

  @Test
  void namesTheFirstFieldInTheInstrumentsOrderWhenSeveralAreWrong() {
    assertInvalid(() -> IceTasks.of(5, 4, 2, 2, 2), "ice.orientation", 5, "an integer 0-4");
    assertInvalid(() -> IceTasks.of(0, 4, 2, 2, 2), "ice.naming", 4, "an integer 0-3");
  }

  static int taskIndex(String task) {
    switch (task) {
      case "orientation":
        return 0;
      case "naming":
        return 1;
      case "commands":
        return 2;
      case "writing":
        return 3;
      case "attention":
        return 4;
      default:
        throw new IllegalArgumentException(task);
    }
  }
}
