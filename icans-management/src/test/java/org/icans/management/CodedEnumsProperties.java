package org.icans.management;

import java.util.Set;
import org.icans.model.testing.CodedEnumsContract;

/**
 * The code convention ({@link org.icans.model.Coded}) on every public enum of this module, by the
 * shared properties of {@link CodedEnumsContract}.
 */
class CodedEnumsProperties extends CodedEnumsContract {
  @Override
  protected Class<?> anchor() {
    return ManagementPolicies.class;
  }

  /**
   * The public enums of this module without codes: none: every one is written in the plan and audit JSON.
   */
  @Override
  protected Set<String> enumsWithoutCodes() {
    return Set.of();
  }
}
