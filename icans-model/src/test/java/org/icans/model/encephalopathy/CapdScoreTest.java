package org.icans.model.encephalopathy;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CAPD result: a total 0-32, from answers or on its own, or unable to perform. */
class CapdScoreTest {

  @Test
  void aTotalOnItsOwn() {
    CapdScore score = CapdScore.ofTotal(12);

    assertAll(
        () -> assertEquals(OptionalInt.of(12), score.total()),
        () -> assertFalse(score.isUnableToPerform()),
        () -> assertEquals(Optional.empty(), score.answers()),
        () -> assertEquals("CapdScore{12}", score.toString()));
  }

  @Test
  void totalsAreCanonical() {
    for (int total = 0; total <= CapdScore.MAX; total++) {
      assertSame(CapdScore.ofTotal(total), CapdScore.ofTotal(total), "total " + total);
      assertEquals(OptionalInt.of(total), CapdScore.ofTotal(total).total());
    }
  }

  @Test
  void thirtyTwoIsTheWorstTotal() {
    assertEquals(32, CapdScore.MAX);
    assertEquals(OptionalInt.of(32), CapdScore.ofTotal(32).total());
    assertEquals(OptionalInt.of(0), CapdScore.ofTotal(0).total());
  }

  @Test
  void unableToPerformHasNoTotal() {
    CapdScore unable = CapdScore.unableToPerform();

    assertAll(
        () -> assertTrue(unable.isUnableToPerform()),
        () -> assertEquals(OptionalInt.empty(), unable.total()),
        () -> assertTrue(unable.total().isEmpty()),
        () -> assertEquals(Optional.empty(), unable.answers()),
        () -> assertSame(unable, CapdScore.unableToPerform()),
        () -> assertEquals("CapdScore{unable to perform}", unable.toString()));
  }

  @Test
  void aScoreFromAnswersHasTheirTotalAndKeepsThem() {
    // P27: Often on 1-4, Rarely on 5-7, Sometimes on 8 -> 9.
    CapdAnswers answers = CapdAnswers.ofCodes(3, 3, 3, 3, 1, 1, 1, 2);
    CapdScore score = CapdScore.of(answers);

    assertAll(
        () -> assertEquals(OptionalInt.of(9), score.total()),
        () -> assertFalse(score.isUnableToPerform()),
        () -> assertEquals(Optional.of(answers), score.answers()),
        () -> assertEquals(CapdScore.of(CapdAnswers.ofCodes(3, 3, 3, 3, 1, 1, 1, 2)), score),
        () -> assertEquals(CapdScore.of(CapdAnswers.ofCodes(3, 3, 3, 3, 1, 1, 1, 2)).hashCode(),
            score.hashCode()));
  }

  @ParameterizedTest(name = "CAPD total {0} is refused")
  @ValueSource(ints = {-1, 33, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void refusesATotalOutside0To32(int total) {
    assertInvalid(() -> CapdScore.ofTotal(total), "capd.total", total, "an integer 0-32");
  }

  @Test
  void refusesNullAnswers() {
    assertThrows(NullPointerException.class, () -> CapdScore.of(null));
  }
}
