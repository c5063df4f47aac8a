package org.icans.cli.assessment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icans.model.Coded;

/**
 * The words one column accepts, each mapped to its value in the model, matched directly on the
 * UTF-8 bytes of a cell without allocating. Words are case-sensitive and matched whole: no
 * trimming, no prefixes.
 *
 * <p>The words of the model's values are their {@linkplain Coded#code() codes}, spelled out in the
 * model one per constant, never derived from constant names: renaming a constant cannot change the
 * file format, and {@code WordsTest} pins every column's words to the contract, so that a changed
 * code fails a test rather than silently changing the format. Immutable.
 *
 * @param <E> the model type the words stand for
 */
public final class Vocabulary<E> {
  private final byte[][] words;
  private final List<E> values;
  private final List<String> names;

  private Vocabulary(List<String> names, List<E> values) {
    this.names = List.copyOf(names);
    this.values = List.copyOf(values);
    this.words = new byte[names.size()][];
    for (int i = 0; i < words.length; i++) {
      words[i] = names.get(i).getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** A vocabulary of these words, in the order they are listed to users. */
  @SafeVarargs
  public static <E> Vocabulary<E> of(Map.Entry<String, E>... entries) {
    List<String> names = new ArrayList<>();
    List<E> values = new ArrayList<>();
    for (Map.Entry<String, E> e : entries) {
      names.add(e.getKey());
      values.add(e.getValue());
    }
    return new Vocabulary<>(names, values);
  }

  /** A vocabulary of the codes of these values ({@link Coded#code()}), in the order they are listed to users. */
  @SafeVarargs
  public static <E extends Coded> Vocabulary<E> ofCodes(E... values) {
    List<String> names = new ArrayList<>();
    for (E e : values) {
      names.add(e.code());
    }
    return new Vocabulary<>(names, List.of(values));
  }

  /**
   * The position of the word in {@code bytes[start..end)} in this vocabulary, or -1 when it is not
   * one of the words. Positions are small, stable codes for the file's values.
   */
  public int indexOf(byte[] bytes, int start, int end) {
    int len = end - start;
    for (int i = 0; i < words.length; i++) {
      byte[] w = words[i];
      if (w.length == len && equal(w, bytes, start)) {
        return i;
      }
    }
    return -1;
  }

  /** The position of the word that stands for {@code value}. */
  public int indexOf(E value) {
    int i = values.indexOf(value);
    if (i < 0) {
      throw new IllegalArgumentException("no word for " + value);
    }
    return i;
  }

  /** The value of the word at {@code index}. */
  public E value(int index) {
    return values.get(index);
  }

  /** The number of words. */
  public int size() {
    return words.length;
  }

  /** The word that stands for {@code value}. */
  public String word(E value) {
    return names.get(indexOf(value));
  }

  /** The words, in order. */
  public List<String> words() {
    return names;
  }

  /** The words for a message: {@code "alert, awakens_spontaneously, ..."}. */
  public String listed() {
    return String.join(", ", names);
  }

  static boolean equal(byte[] word, byte[] bytes, int start) {
    for (int j = 0; j < word.length; j++) {
      if (word[j] != bytes[start + j]) {
        return false;
      }
    }
    return true;
  }
}
