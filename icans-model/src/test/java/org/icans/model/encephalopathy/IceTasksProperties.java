package org.icans.model.encephalopathy;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.icans.model.testing.IntArbitraries;

/** The ICE tasks: all 160 combinations add up, and no task accepts points outside its range. */
class IceTasksProperties {

  /** Exhaustive: 5 x 4 x 2 x 2 x 2 = 160 combinations, each tried once. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void theTotalIsTheSumOfTheTasks(
      @ForAll @IntRange(min = 0, max = 4) int orientation,
      @ForAll @IntRange(min = 0, max = 3) int naming,
      @ForAll @IntRange(min = 0, max = 1) int commands,
      @ForAll @IntRange(min = 0, max = 1) int writing,
      @ForAll @IntRange(min = 0, max = 1) int attention) {
    int sum = orientation + naming + commands + writing + attention;

    IceTasks tasks = IceTasks.of(orientation, naming, commands, writing, attention);
    assertEquals(orientation, tasks.orientation());
    assertEquals(naming, tasks.naming());
    assertEquals(commands, tasks.commands());
    assertEquals(writing, tasks.writing());
    assertEquals(attention, tasks.attention());
    assertEquals(sum, tasks.total());

    IceScore score = IceScore.ofTasks(orientation, naming, commands, writing, attention);
    assertEquals(sum, score.total());
    assertSame(tasks, score.tasks().orElseThrow());
    assertSame(score, IceScore.of(tasks));
  }

  @Example
  void the160CombinationsAreDistinctAndReachEveryTotal() {
    Set<IceTasks> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Integer> totals = new TreeSet<>();
    for (int o = 0; o <= IceTasks.MAX_ORIENTATION; o++) {
      for (int n = 0; n <= IceTasks.MAX_NAMING; n++) {
        for (int c = 0; c <= IceTasks.MAX_COMMANDS; c++) {
          for (int w = 0; w <= IceTasks.MAX_WRITING; w++) {
            for (int a = 0; a <= IceTasks.MAX_ATTENTION; a++) {
              IceTasks tasks = IceTasks.of(o, n, c, w, a);
              distinct.add(tasks);
              totals.add(tasks.total());
            }
          }
        }
      }
    }
    assertEquals(160, distinct.size());
    assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), totals);
  }

  @Property
  void refusesOrientationOutside0To4(@ForAll("outside0To4") int points) {
    assertInvalid(() -> IceTasks.of(points, 0, 0, 0, 0), "ice.orientation", points, "an integer 0-4");
    assertInvalid(() -> IceScore.ofTasks(points, 3, 1, 1, 1), "ice.orientation", points, "an integer 0-4");
  }

  @Property
  void refusesNamingOutside0To3(@ForAll("outside0To3") int points) {
    assertInvalid(() -> IceTasks.of(0, points, 0, 0, 0), "ice.naming", points, "an integer 0-3");
    assertInvalid(() -> IceScore.ofTasks(4, points, 1, 1, 1), "ice.naming", points, "an integer 0-3");
  }

  @Property
  void refusesCommandsOutside0To1(@ForAll("outside0To1") int points) {
    assertInvalid(() -> IceTasks.of(0, 0, points, 0, 0), "ice.commands", points, "an integer 0-1");
    assertInvalid(() -> IceScore.ofTasks(4, 3, points, 1, 1), "ice.commands", points, "an integer 0-1");
  }

  @Property
  void refusesWritingOutside0To1(@ForAll("outside0To1") int points) {
    assertInvalid(() -> IceTasks.of(0, 0, 0, points, 0), "ice.writing", points, "an integer 0-1");
    assertInvalid(() -> IceScore.ofTasks(4, 3, 1, points, 1), "ice.writing", points, "an integer 0-1");
  }

  @Property
  void refusesAttentionOutside0To1(@ForAll("outside0To1") int points) {
    assertInvalid(() -> IceTasks.of(0, 0, 0, 0, points), "ice.attention", points, "an integer 0-1");
    assertInvalid(() -> IceScore.ofTasks(4, 3, 1, 1, points), "ice.attention", points, "an integer 0-1");
  }

  @Provide
  Arbitrary<Integer> outside0To4() {
    return IntArbitraries.outside(0, 4);
  }

  @Provide
  Arbitrary<Integer> outside0To3() {
    return IntArbitraries.outside(0, 3);
  }

  @Provide
  Arbitrary<Integer> outside0To1() {
    return IntArbitraries.outside(0, 1);
  }
}
