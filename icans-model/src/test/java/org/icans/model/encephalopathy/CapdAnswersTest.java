package org.icans.model.encephalopathy;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A complete set of eight CAPD answers and its total (reference/grading.md sections 3 and 8.2). */
class CapdAnswersTest {
  private static final String EIGHT = "exactly 8 answers, one per CAPD item";

  /**
   * The worked examples: reference/grading.md section 8.2 (P23-P27) and the arithmetic checks of
   * section 3. Answers are in the instrument's item order, 1 to 8.
   */
  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      P23 all Never                              | NEVER     NEVER     NEVER     NEVER     NEVER     NEVER     NEVER     NEVER     | 16
      P24 all Always                             | ALWAYS    ALWAYS    ALWAYS    ALWAYS    ALWAYS    ALWAYS    ALWAYS    ALWAYS    | 16
      P25 Always on 1-4, Never on 5-8 (best)     | ALWAYS    ALWAYS    ALWAYS    ALWAYS    NEVER     NEVER     NEVER     NEVER     |  0
      P26 Often on 1-4, Rarely on 5-8            | OFTEN     OFTEN     OFTEN     OFTEN     RARELY    RARELY    RARELY    RARELY    |  8
      P27 Often on 1-4, Rarely on 5-7, Sometimes | OFTEN     OFTEN     OFTEN     OFTEN     RARELY    RARELY    RARELY    SOMETIMES |  9
      section 3: all Sometimes                   | SOMETIMES SOMETIMES SOMETIMES SOMETIMES SOMETIMES SOMETIMES SOMETIMES SOMETIMES | 16
      section 3: Never on 1-4, Always on 5-8     | NEVER     NEVER     NEVER     NEVER     ALWAYS    ALWAYS    ALWAYS    ALWAYS    | 32
      """)
  void workedExamples(String example, String answerNames, int expectedTotal) {
    List<CapdAnswer> answers = parse(answerNames);
    int[] codes = answers.stream().mapToInt(CapdAnswer::code).toArray();

    assertAll(
        () -> assertEquals(expectedTotal, CapdAnswers.of(answers).total(), "of(List)"),
        () -> assertEquals(expectedTotal,
            CapdAnswers.of(answers.toArray(new CapdAnswer[0])).total(), "of(CapdAnswer...)"),
        () -> assertEquals(expectedTotal, CapdAnswers.ofCodes(codes).total(), "ofCodes"),
        () -> assertEquals(expectedTotal,
            CapdScore.of(CapdAnswers.of(answers)).total().getAsInt(), "CapdScore.of"));
  }

  @ParameterizedTest(name = "capd_items {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "0;0;0;0;0;0;0;0 | 16",
      "4;4;4;4;0;0;0;0 |  0",
      "0;0;0;0;4;4;4;4 | 32",
      "3;3;3;3;1;1;1;2 |  9",
  })
  void codesOfTheCsvContract(String capdItems, int expectedTotal) {
    int[] codes = Arrays.stream(capdItems.split(";")).mapToInt(Integer::parseInt).toArray();

    assertEquals(expectedTotal, CapdAnswers.ofCodes(codes).total());
  }

  @Test
  void keepsEachAnswerInItemOrder() {
    CapdAnswers answers = CapdAnswers.of(CapdAnswer.NEVER, CapdAnswer.RARELY, CapdAnswer.SOMETIMES,
        CapdAnswer.OFTEN, CapdAnswer.ALWAYS, CapdAnswer.OFTEN, CapdAnswer.SOMETIMES, CapdAnswer.RARELY);

    assertAll(
        () -> assertEquals(CapdAnswer.NEVER, answers.answer(CapdItem.EYE_CONTACT)),
        () -> assertEquals(CapdAnswer.RARELY, answers.answer(CapdItem.PURPOSEFUL_ACTIONS)),
        () -> assertEquals(CapdAnswer.SOMETIMES, answers.answer(CapdItem.AWARE_OF_SURROUNDINGS)),
        () -> assertEquals(CapdAnswer.OFTEN, answers.answer(CapdItem.COMMUNICATES_NEEDS)),
        () -> assertEquals(CapdAnswer.ALWAYS, answers.answer(CapdItem.RESTLESS)),
        () -> assertEquals(CapdAnswer.OFTEN, answers.answer(CapdItem.INCONSOLABLE)),
        () -> assertEquals(CapdAnswer.SOMETIMES, answers.answer(CapdItem.UNDERACTIVE)),
        () -> assertEquals(CapdAnswer.RARELY, answers.answer(CapdItem.SLOW_TO_RESPOND)),
        () -> assertEquals(List.of(CapdAnswer.NEVER, CapdAnswer.RARELY, CapdAnswer.SOMETIMES,
            CapdAnswer.OFTEN, CapdAnswer.ALWAYS, CapdAnswer.OFTEN, CapdAnswer.SOMETIMES,
            CapdAnswer.RARELY), answers.asList()),
        // 4 + 3 + 2 + 1 (reverse-scored) + 4 + 3 + 2 + 1
        () -> assertEquals(20, answers.total()));
  }

  @Test
  void asListIsUnmodifiable() {
    List<CapdAnswer> list = CapdAnswers.ofCodes(0, 1, 2, 3, 4, 3, 2, 1).asList();

    assertThrows(UnsupportedOperationException.class, () -> list.set(0, CapdAnswer.ALWAYS));
  }

  @Test
  void doesNotShareTheCallersArrayOrList() {
    CapdAnswer[] array = Collections.nCopies(8, CapdAnswer.NEVER).toArray(new CapdAnswer[0]);
    List<CapdAnswer> list = new ArrayList<>(Arrays.asList(array));
    CapdAnswers fromArray = CapdAnswers.of(array);
    CapdAnswers fromList = CapdAnswers.of(list);

    array[0] = CapdAnswer.ALWAYS;
    list.set(0, CapdAnswer.ALWAYS);

    assertEquals(CapdAnswer.NEVER, fromArray.answer(CapdItem.EYE_CONTACT));
    assertEquals(CapdAnswer.NEVER, fromList.answer(CapdItem.EYE_CONTACT));
  }

  @Test
  void equalAnswerSetsAreEqual() {
    CapdAnswers a = CapdAnswers.ofCodes(1, 2, 3, 4, 0, 1, 2, 3);
    CapdAnswers b = CapdAnswers.of(CapdAnswer.RARELY, CapdAnswer.SOMETIMES, CapdAnswer.OFTEN,
        CapdAnswer.ALWAYS, CapdAnswer.NEVER, CapdAnswer.RARELY, CapdAnswer.SOMETIMES, CapdAnswer.OFTEN);

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    // Same total (16), different answers: not equal.
    assertNotEquals(CapdAnswers.ofCodes(0, 0, 0, 0, 0, 0, 0, 0), CapdAnswers.ofCodes(4, 4, 4, 4, 4, 4, 4, 4));
  }

  @ParameterizedTest(name = "{0} answers are refused")
  @ValueSource(ints = {0, 1, 7, 9, 16})
  void refusesAnyCountOtherThanEight(int count) {
    CapdAnswer[] answers = Collections.nCopies(count, CapdAnswer.SOMETIMES).toArray(new CapdAnswer[0]);
    int[] codes = new int[count];

    assertInvalid(() -> CapdAnswers.of(answers), "capd.answers", count + " answers", EIGHT);
    assertInvalid(() -> CapdAnswers.of(Arrays.asList(answers)), "capd.answers", count + " answers", EIGHT);
    assertInvalid(() -> CapdAnswers.ofCodes(codes), "capd.answers", count + " answers", EIGHT);
  }

  @ParameterizedTest(name = "code {0} at item {1} is refused")
  @CsvSource({"5, 1", "-1, 1", "5, 8", "-1, 8", "7, 4", "8, 5", "2147483647, 3"})
  void refusesACodeOutside0To4(int badCode, int itemNumber) {
    int[] codes = {2, 2, 2, 2, 2, 2, 2, 2};
    codes[itemNumber - 1] = badCode;

    assertInvalid(() -> CapdAnswers.ofCodes(codes), "capd.answer", badCode,
        "an integer 0-4 (0 never, 1 rarely, 2 sometimes, 3 often, 4 always)");
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> CapdAnswers.of((List<CapdAnswer>) null));
    assertThrows(NullPointerException.class, () -> CapdAnswers.of((CapdAnswer[]) null));
    assertThrows(NullPointerException.class, () -> CapdAnswers.ofCodes((int[]) null));
    assertThrows(NullPointerException.class, () -> CapdAnswers.of(CapdAnswer.NEVER, CapdAnswer.NEVER,
        CapdAnswer.NEVER, null, CapdAnswer.NEVER, CapdAnswer.NEVER, CapdAnswer.NEVER, CapdAnswer.NEVER));
  }

  private static List<CapdAnswer> parse(String names) {
    List<CapdAnswer> answers = new ArrayList<>();
    for (String name : names.trim().split("\\s+")) {
      answers.add(CapdAnswer.valueOf(name.toUpperCase(Locale.ROOT)));
    }
    return answers;
  }
}
