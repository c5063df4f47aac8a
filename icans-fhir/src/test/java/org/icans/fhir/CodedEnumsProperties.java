package org.icans.fhir;

import java.util.Set;
import org.icans.model.testing.CodedEnumsContract;

/**
 * The code convention ({@link org.icans.model.Coded}) on every public enum of this module, by the
 * shared properties of {@link CodedEnumsContract}.
 */
class CodedEnumsProperties extends CodedEnumsContract {
  @Override
  protected Class<?> anchor() {
    return IcansConcept.class;
  }

  /**
   * The public enums of this module without codes: none.
   */
  @Override
  protected Set<String> enumsWithoutCodes() {
    return Set.of();
  }
}
