package org.icans.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's own validator against the FHIR R4 base definitions (shipped in
 * hapi-fhir-validation-resources-r4), with UCUM and the project's CodeSystem known, built once for
 * all the tests of the module: its start-up takes seconds.
 */
final class Validation {
  private Validation() {}

  private static final FhirValidator VALIDATOR = build();

  private static FhirValidator build() {
    FhirContext ctx = FhirJson.context();
    PrePopulatedValidationSupport project = new PrePopulatedValidationSupport(ctx);
    project.addCodeSystem(IcansCodeSystem.resource());
    ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
        new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
        new SnapshotGeneratingValidationSupport(ctx), project);
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    return ctx.newValidator().registerValidatorModule(module);
  }

  /** The messages of severity error or fatal. */
  static List<SingleValidationMessage> errors(IBaseResource resource) {
    ValidationResult r;
    synchronized (VALIDATOR) {
      r = VALIDATOR.validateWithResult(resource);
    }
    return r.getMessages().stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .collect(Collectors.toList());
  }

  /** Every message, for a failure report. */
  static String describe(List<SingleValidationMessage> messages) {
    return messages.stream().map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
        .collect(Collectors.joining("\n"));
  }
}
