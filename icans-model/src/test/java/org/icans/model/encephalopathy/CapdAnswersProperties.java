package org.icans.model.encephalopathy;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.icans.model.testing.IntArbitraries;

/** Every CAPD answer set adds up within 0-32, and mirrored answers add up to 32. */
class CapdAnswersProperties {
  private static final int ITEMS = 8;
  private static final int SETS = 390_625; // 5^8

  /**
   * Exhaustive over all 5^8 answer sets. The mirror of a set replaces each code c by 4 - c; since
   * every item scores c or 4 - c, a set and its mirror score 4 per item, 32 in all.
   */
  @Example
  void everyAnswerSetTotals0To32AndItsMirrorMakes32() {
    int[] codes = new int[ITEMS];
    int[] mirror = new int[ITEMS];
    boolean[] totalsSeen = new boolean[CapdScore.MAX + 1];
    for (int n = 0; n < SETS; n++) {
      int rest = n;
      int expected = 0;
      for (int i = 0; i < ITEMS; i++) {
        codes[i] = rest % 5;
        rest /= 5;
        mirror[i] = 4 - codes[i];
        // reference/grading.md section 3: items 1-4 reverse-scored (4 - code), items 5-8 as answered.
        expected += i < 4 ? 4 - codes[i] : codes[i];
      }
      CapdAnswers answers = CapdAnswers.ofCodes(codes);
      int total = answers.total();
      if (total < 0 || total > CapdScore.MAX || total != expected) {
        fail("codes " + Arrays.toString(codes) + " total " + total + ", expected " + expected);
      }
      int mirrored = CapdAnswers.ofCodes(mirror).total();
      if (total + mirrored != 32) {
        fail("codes " + Arrays.toString(codes) + ": " + total + " + mirror " + mirrored + " != 32");
      }
      if (answers.answer(CapdItem.SLOW_TO_RESPOND).code() != codes[7]
          || answers.answer(CapdItem.EYE_CONTACT).code() != codes[0]) {
        fail("answers not kept for codes " + Arrays.toString(codes));
      }
      totalsSeen[total] = true;
    }
    for (int t = 0; t <= CapdScore.MAX; t++) {
      assertTrue(totalsSeen[t], "total " + t + " reached");
    }
  }

  @Property
  void answersAndCodesGiveTheSameSet(@ForAll @Size(ITEMS) List<CapdAnswer> answers) {
    int[] codes = answers.stream().mapToInt(CapdAnswer::code).toArray();
    CapdAnswers fromAnswers = CapdAnswers.of(answers);

    assertEquals(fromAnswers, CapdAnswers.ofCodes(codes));
    assertEquals(answers, fromAnswers.asList());
    assertEquals(fromAnswers.total(), CapdScore.of(fromAnswers).total().getAsInt());
  }

  @Property
  void refusesAnyCountOtherThanEight(@ForAll("notEightAnswers") List<CapdAnswer> answers) {
    int[] codes = answers.stream().mapToInt(CapdAnswer::code).toArray();
    String value = answers.size() + " answers";
    String allowed = "exactly 8 answers, one per CAPD item";

    assertInvalid(() -> CapdAnswers.of(answers), "capd.answers", value, allowed);
    assertInvalid(() -> CapdAnswers.ofCodes(codes), "capd.answers", value, allowed);
  }

  @Property
  void refusesACodeOutside0To4AtAnyItem(
      @ForAll @Size(ITEMS) List<@IntRange(min = 0, max = 4) Integer> validCodes,
      @ForAll @IntRange(min = 0, max = ITEMS - 1) int item,
      @ForAll("outside0To4") int badCode) {
    int[] codes = validCodes.stream().mapToInt(Integer::intValue).toArray();
    codes[item] = badCode;

    assertInvalid(() -> CapdAnswers.ofCodes(codes), "capd.answer", badCode,
        "an integer 0-4 (0 never, 1 rarely, 2 sometimes, 3 often, 4 always)");
  }

  @Provide
  Arbitrary<List<CapdAnswer>> notEightAnswers() {
    return Arbitraries.of(CapdAnswer.class).list().ofMaxSize(24).filter(l -> l.size() != ITEMS);
  }

  @Provide
  Arbitrary<Integer> outside0To4() {
    return IntArbitraries.outside(0, 4);
  }
}
