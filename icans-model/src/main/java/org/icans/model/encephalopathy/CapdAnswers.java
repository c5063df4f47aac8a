package org.icans.model.encephalopathy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.icans.model.InvalidValueException;

/**
 * A complete set of answers to the eight {@link CapdItem items} of the Cornell Assessment of
 * Pediatric Delirium, and the total they give, 0-32 (9 or more is a positive screen).
 *
 * <p>All eight answers are required: a partly answered CAPD has no total. Immutable; equal answer
 * sets are equal.
 */
public final class CapdAnswers {
  private static final CapdItem[] ITEMS = CapdItem.values();

  /** The eight answer codes, 3 bits each, item 1 in the lowest bits. */
  private final int packed;
  private final int total;

  private CapdAnswers(int packed) {
    this.packed = packed;
    int sum = 0;
    for (int i = 0; i < ITEMS.length; i++) {
      sum += ITEMS[i].points(answer(i));
    }
    this.total = sum;
  }

  /**
   * Answers given in the instrument's item order.
   *
   * @throws InvalidValueException if there are not exactly eight answers
   */
  public static CapdAnswers of(CapdAnswer... answers) {
    requireEight(Objects.requireNonNull(answers, "answers").length);
    int packed = 0;
    for (int i = 0; i < answers.length; i++) {
      packed |= Objects.requireNonNull(answers[i], "answers[" + i + "]").code() << (3 * i);
    }
    return new CapdAnswers(packed);
  }

  /** Answers given as a list in the instrument's item order. */
  public static CapdAnswers of(List<CapdAnswer> answers) {
    return of(Objects.requireNonNull(answers, "answers").toArray(new CapdAnswer[0]));
  }

  /**
   * Answers given as scale positions (0 never, 1 rarely, 2 sometimes, 3 often, 4 always) in the
   * instrument's item order.
   *
   * @throws InvalidValueException if there are not exactly eight codes, or one is not 0-4
   */
  public static CapdAnswers ofCodes(int... codes) {
    requireEight(Objects.requireNonNull(codes, "codes").length);
    int packed = 0;
    for (int i = 0; i < codes.length; i++) {
      packed |= CapdAnswer.ofCode(codes[i]).code() << (3 * i);
    }
    return new CapdAnswers(packed);
  }

  private static void requireEight(int count) {
    if (count != ITEMS.length) {
      throw new InvalidValueException("capd.answers", count + " answers", "exactly 8 answers, one per CAPD item");
    }
  }

  private CapdAnswer answer(int index) {
    return CapdAnswer.ofCode((packed >>> (3 * index)) & 7);
  }

  /** The answer given to one item. */
  public CapdAnswer answer(CapdItem item) {
    return answer(Objects.requireNonNull(item, "item").ordinal());
  }

  /** The eight answers in the instrument's item order. */
  public List<CapdAnswer> asList() {
    List<CapdAnswer> list = new ArrayList<>(ITEMS.length);
    for (int i = 0; i < ITEMS.length; i++) {
      list.add(answer(i));
    }
    return Collections.unmodifiableList(list);
  }

  /** The CAPD total, 0-32: reverse-scored points of items 1-4 plus the answered points of items 5-8. */
  public int total() {
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CapdAnswers && ((CapdAnswers) o).packed == packed;
  }

  @Override
  public int hashCode() {
    return packed;
  }

  @Override
  public String toString() {
    return "CapdAnswers" + asList() + " = " + total;
  }
}
