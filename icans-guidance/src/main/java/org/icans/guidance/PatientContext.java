package org.icans.guidance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;

/**
 * What the wallet card and the home sheet say about the patient: the therapy received, the date
 * of the infusion (day 0; for a bispecific antibody, the date of the dose the card is for), the
 * treating centre and how to contact it, optionally the patient's name, and the label era whose
 * driving and proximity advice the centre follows.
 *
 * <p>Immutable and null-free. Text fields are one line each, without control characters, and are
 * stored without surrounding spaces. Build one with {@link #builder()} or {@link #of}.
 *
 * @param product the immune effector cell product received
 * @param infusionDate the date of the infusion (day 0)
 * @param treatingCentre the name of the treating centre
 * @param contact how to reach the care team, usually a telephone number
 * @param patientName the patient's name, when it is to be printed
 * @param labelEra the label era the centre's advice follows, when stated
 */
public record PatientContext(Product product, LocalDate infusionDate, String treatingCentre, String contact,
    Optional<String> patientName, Optional<LabelEra> labelEra) {

  /** Validates. */
  public PatientContext {
    Objects.requireNonNull(product, "context.product");
    Objects.requireNonNull(infusionDate, "context.infusionDate");
    treatingCentre = Texts.oneLine("context.treatingCentre", treatingCentre);
    contact = Texts.oneLine("context.contact", contact);
    patientName = Objects.requireNonNull(patientName, "context.patientName")
        .map(n -> Texts.oneLine("context.patientName", n));
    Objects.requireNonNull(labelEra, "context.labelEra");
  }

  /** A context without the patient's name and without a label era. */
  public static PatientContext of(Product product, LocalDate infusionDate, String treatingCentre, String contact) {
    return new PatientContext(product, infusionDate, treatingCentre, contact, Optional.empty(), Optional.empty());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The same context with this label era. */
  public PatientContext withLabelEra(LabelEra era) {
    return new PatientContext(product, infusionDate, treatingCentre, contact, patientName,
        Optional.of(Objects.requireNonNull(era, "context.labelEra")));
  }

  /** Builds a {@link PatientContext} from simple values, as a command line has them. */
  public static final class Builder {
    private Product product;
    private LocalDate infusionDate;
    private String treatingCentre;
    private String contact;
    private Optional<String> patientName = Optional.empty();
    private Optional<LabelEra> labelEra = Optional.empty();

    private Builder() {}

    /** The product received. */
    public Builder product(Product value) {
      this.product = Objects.requireNonNull(value, "context.product");
      return this;
    }

    /** The product received, by name, modality and target antigen. */
    public Builder product(String name, TherapyModality modality, TargetAntigen target) {
      return product(Product.of(name, modality, target));
    }

    /** The date of the infusion (day 0). */
    public Builder infusionDate(LocalDate value) {
      this.infusionDate = Objects.requireNonNull(value, "context.infusionDate");
      return this;
    }

    /** The name of the treating centre. */
    public Builder treatingCentre(String value) {
      this.treatingCentre = Objects.requireNonNull(value, "context.treatingCentre");
      return this;
    }

    /** How to reach the care team, usually a telephone number. */
    public Builder contact(String value) {
      this.contact = Objects.requireNonNull(value, "context.contact");
      return this;
    }

    /** The patient's name, to print on the card. */
    public Builder patientName(String value) {
      this.patientName = Optional.of(Objects.requireNonNull(value, "context.patientName"));
      return this;
    }

    /** The label era whose driving and proximity advice the centre follows. */
    public Builder labelEra(LabelEra value) {
      this.labelEra = Optional.of(Objects.requireNonNull(value, "context.labelEra"));
      return this;
    }

    /**
     * The context.
     *
     * @throws org.icans.model.InvalidValueException naming a required field that was not set, or
     *     a text that is blank or not one line
     */
    public PatientContext build() {
      Texts.required("context.product", product, "a product (name, modality, target antigen)");
      Texts.required("context.infusionDate", infusionDate, "a date, for example 2025-06-19");
      Texts.required("context.treatingCentre", treatingCentre, "non-empty text on one line");
      Texts.required("context.contact", contact, "non-empty text on one line");
      return new PatientContext(product, infusionDate, treatingCentre, contact, patientName, labelEra);
    }
  }
}
