package org.icans.model;

import java.util.Set;
import org.icans.model.testing.CodedEnumsContract;

/**
 * The code convention ({@link org.icans.model.Coded}) on every public enum of this module, by the
 * shared properties of {@link CodedEnumsContract}.
 */
class CodedEnumsProperties extends CodedEnumsContract {
  @Override
  protected Class<?> anchor() {
    return Coded.class;
  }

  /**
   * The public enums of this module without codes: {@code CapdAnswer}
   * is written in files as its position on the scale, an integer ({@code CapdAnswer.code()} 0-4, {@code
   * ofCode(int)}), not a word; {@code CapdItem} is written by its position in the {@code capd_items}
   * list and, in FHIR, by the concepts of the project's CodeSystem, never by a code of its own.
   */
  @Override
  protected Set<String> enumsWithoutCodes() {
    return Set.of("CapdAnswer", "CapdItem");
  }
}
