package org.icans.guidance;

import java.util.Set;
import org.icans.model.testing.CodedEnumsContract;

/**
 * The code convention ({@link org.icans.model.Coded}) on every public enum of this module, by the
 * shared properties of {@link CodedEnumsContract}.
 */
class CodedEnumsProperties extends CodedEnumsContract {
  @Override
  protected Class<?> anchor() {
    return Symptom.class;
  }

  /**
   * The public enums of this module without codes: {@code Audience} and {@code Style}
   * decide how a document is laid out, never written; {@code BodyTemperature.Unit} is read and
   * written as its symbol ({@code 38.4C}, {@code °C}), not as a code.
   */
  @Override
  protected Set<String> enumsWithoutCodes() {
    return Set.of("GuidanceDocument.Audience", "GuidanceDocument.Style", "BodyTemperature.Unit");
  }
}
