package org.icans.risk;

import java.util.Set;
import org.icans.model.testing.CodedEnumsContract;

/**
 * The code convention ({@link org.icans.model.Coded}) on every public enum of this module, by the
 * shared properties of {@link CodedEnumsContract}.
 */
class CodedEnumsProperties extends CodedEnumsContract {
  @Override
  protected Class<?> anchor() {
    return RiskSources.class;
  }

  /**
   * The public enums of this module without codes: {@code GradingSystem} is written
   * by its label for people ({@code "CTCAE v4.03"}), never read; {@code WarningWindow.Membership}
   * classifies a time point inside the library and is never written.
   */
  @Override
  protected Set<String> enumsWithoutCodes() {
    return Set.of("GradingSystem", "WarningWindow.Membership");
  }
}
