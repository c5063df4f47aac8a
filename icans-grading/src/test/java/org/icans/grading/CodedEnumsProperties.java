package org.icans.grading;

import java.util.Set;
import org.icans.model.testing.CodedEnumsContract;

/**
 * The code convention ({@link org.icans.model.Coded}) on every public enum of this module, by the
 * shared properties of {@link CodedEnumsContract}.
 */
class CodedEnumsProperties extends CodedEnumsContract {
  @Override
  protected Class<?> anchor() {
    return GradingSources.class;
  }

  /**
   * The public enums of this module without codes: {@code DomainStatus}
   * (what became of a domain, said in prose by the explanation and, in FHIR, by the concepts of the
   * CodeSystem), {@code IcansRule} and {@code CrsRule} (shown by their criterion and citation, never
   * read back); none is written or read as a code.
   */
  @Override
  protected Set<String> enumsWithoutCodes() {
    return Set.of("DomainStatus", "IcansRule", "CrsRule");
  }
}
