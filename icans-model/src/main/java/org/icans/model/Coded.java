package org.icans.model;

import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A value with a stable code: the text by which it is written in files (CSV, JSON, FHIR, text
 * reports) and given on command lines. Every public enum of the library whose values leave the
 * program implements it, with a {@code code()} and a static {@code fromCode(String)} that delegates
 * to {@link #fromCode(Class, String, String)}.
 *
 * <p><b>A code</b> is spelled out, one string per constant, and never derived from the constant's
 * Java name: renaming a constant never changes a file format. A published code never changes and
 * is never reused for another meaning. Codes are unique within their type and written as the
 * format that carries them expects: lower-case snake case in the library's own formats
 * ({@code awakens_to_voice}, {@code one_vasopressor}); lower case with hyphens in the project's
 * FHIR CodeSystem ({@code ice-score}), as FHIR codes are usually spelled; an antigen keeps its
 * nomenclature ({@code CD19}, {@code BCMA}).
 *
 * <p><b>Matching is exact</b>: case, spaces and hyphens count, so that the same text always means
 * the same value in every program that reads it. A reader that accepts looser spellings from
 * people (the command line does, for some options) normalises them itself before the lookup.
 * Unknown codes are refused with an {@link InvalidValueException} that names the field, the code
 * and every allowed code, in declaration order. No method accepts {@code null}.
 */
public interface Coded {

  /** The stable code of this value, as files and command lines write it. */
  String code();

  /**
   * The constant of {@code type} whose {@link #code()} equals {@code code} exactly.
   *
   * @param type the enum to look in
   * @param field the field the code was given for, for the error message (for example
   *     {@code "consciousness"})
   * @param code the code, matched exactly
   * @throws InvalidValueException naming {@code field}, the code in quotes and every allowed code
   *     ({@code "one of alert, awakens_spontaneously, ..."}) when no constant has this code
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String field, String code) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    return find(type, code).orElseThrow(
        () -> new InvalidValueException(field, "'" + code + "'", "one of " + allowedCodes(type)));
  }

  /**
   * The constant of {@code type} whose {@link #code()} equals {@code code} exactly, or empty: for a
   * reader that tries one kind of value after another.
   */
  static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The codes of every constant of {@code type}, in declaration order, separated by
   * {@code ", "}: for error messages and help texts ({@code "text, markdown"}).
   */
  static <E extends Enum<E> & Coded> String allowedCodes(Class<E> type) {
    StringJoiner j = new StringJoiner(", ");
    for (E e : Objects.requireNonNull(type, "type").getEnumConstants()) {
      j.add(e.code());
    }
    return j.toString();
  }
}
