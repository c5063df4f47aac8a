package org.icans.model.encephalopathy;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CAPD answer codes, as the CSV contract records them: 0 never ... 4 always. */
class CapdAnswerTest {
  private static final String ALLOWED =
      "an integer 0-4 (0 never, 1 rarely, 2 sometimes, 3 often, 4 always)";

  @ParameterizedTest(name = "code {0} is {1}")
  @CsvSource({"0, NEVER", "1, RARELY", "2, SOMETIMES", "3, OFTEN", "4, ALWAYS"})
  void ofCodeFollowsTheScale(int code, CapdAnswer answer) {
    assertSame(answer, CapdAnswer.ofCode(code));
    assertEquals(code, answer.code());
  }

  @ParameterizedTest
  @EnumSource(CapdAnswer.class)
  void codeAndOfCodeRoundTrip(CapdAnswer answer) {
    assertSame(answer, CapdAnswer.ofCode(answer.code()));
  }

  @ParameterizedTest(name = "code {0} is refused")
  @ValueSource(ints = {-1, 5, 7, 8, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void ofCodeRefusesACodeOutside0To4(int code) {
    assertInvalid(() -> CapdAnswer.ofCode(code), "capd.answer", code, ALLOWED);
  }
}
