package org.icans.model.encephalopathy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The eight CAPD items and their scoring direction (reference/grading.md section 3, CHOP form). */
class CapdItemTest {

  @Test
  void theEightItemsAreInTheInstrumentsOrder() {
    assertEquals(
        List.of(CapdItem.EYE_CONTACT, CapdItem.PURPOSEFUL_ACTIONS, CapdItem.AWARE_OF_SURROUNDINGS,
            CapdItem.COMMUNICATES_NEEDS, CapdItem.RESTLESS, CapdItem.INCONSOLABLE,
            CapdItem.UNDERACTIVE, CapdItem.SLOW_TO_RESPOND),
        Arrays.asList(CapdItem.values()));
  }

  @ParameterizedTest
  @EnumSource(value = CapdItem.class,
      names = {"EYE_CONTACT", "PURPOSEFUL_ACTIONS", "AWARE_OF_SURROUNDINGS", "COMMUNICATES_NEEDS"})
  void items1To4AreReverseScored(CapdItem item) {
    // Never 4, Rarely 3, Sometimes 2, Often 1, Always 0.
    assertEquals(true, item.reverseScored());
    assertEquals(4, item.points(CapdAnswer.NEVER));
    assertEquals(3, item.points(CapdAnswer.RARELY));
    assertEquals(2, item.points(CapdAnswer.SOMETIMES));
    assertEquals(1, item.points(CapdAnswer.OFTEN));
    assertEquals(0, item.points(CapdAnswer.ALWAYS));
  }

  @ParameterizedTest
  @EnumSource(value = CapdItem.class,
      names = {"RESTLESS", "INCONSOLABLE", "UNDERACTIVE", "SLOW_TO_RESPOND"})
  void items5To8ScoreAsAnswered(CapdItem item) {
    // Never 0, Rarely 1, Sometimes 2, Often 3, Always 4.
    assertEquals(false, item.reverseScored());
    assertEquals(0, item.points(CapdAnswer.NEVER));
    assertEquals(1, item.points(CapdAnswer.RARELY));
    assertEquals(2, item.points(CapdAnswer.SOMETIMES));
    assertEquals(3, item.points(CapdAnswer.OFTEN));
    assertEquals(4, item.points(CapdAnswer.ALWAYS));
  }
}
