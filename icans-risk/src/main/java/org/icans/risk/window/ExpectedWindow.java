package org.icans.risk.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.icans.risk.RiskSources;
import org.icans.risk.SourcedFact;
import org.icans.risk.internal.text.Numbers;
import org.icans.risk.product.IncidenceReport;
import org.icans.risk.product.ProductProfile;
import org.icans.risk.product.ProductProfiles;

/**
 * When ICANS is expected and how long to watch: the typical onset (per product where verified, and
 * as each seed states it, side by side), how long the risk lasts, and proximity and driving advice
 * by label era. The era is the caller's ({@link LabelEra}: stated, or derived by the caller with
 * {@link LabelEra#forInfusionDate}); it is never derived here. When the era is not known, both eras
 * are shown, each labelled.
 *
 * <p>Immutable; equal when the era and every statement are equal.
 */
public final class ExpectedWindow {
  private final Optional<LabelEra> era;
  private final List<SourcedFact> onset;
  private final List<SourcedFact> watch;
  private final List<SourcedFact> drivingAndProximity;

  private ExpectedWindow(Optional<LabelEra> era, List<SourcedFact> onset, List<SourcedFact> watch,
      List<SourcedFact> drivingAndProximity) {
    this.era = era;
    this.onset = List.copyOf(onset);
    this.watch = List.copyOf(watch);
    this.drivingAndProximity = List.copyOf(drivingAndProximity);
  }

  /**
   * The window for a patient.
   *
   * @param product the product, when known
   * @param era the label era, when known: stated by the caller, or derived by the caller with {@link
   *     LabelEra#forInfusionDate}; empty shows the advice of both eras, each labelled
   */
  public static ExpectedWindow of(Optional<Product> product, Optional<LabelEra> era) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(era, "era");
    Optional<ProductProfile> profile = product.flatMap(p -> ProductProfiles.find(p.name()));
    boolean bispecific = product.isPresent() && product.get().modality() == TherapyModality.BISPECIFIC_T_CELL_ENGAGER;
    return bispecific ? bispecific(product.get(), era) : carT(profile, era);
  }

  private static ExpectedWindow bispecific(Product product, Optional<LabelEra> era) {
    List<SourcedFact> onset = List.of(SourcedFact.of("No onset figures for bispecific antibodies are verified in the "
        + "reference; step-up dosing and hospitalisation windows are in each label (not verified).",
        RiskSources.NOT_VERIFIED));
    List<SourcedFact> driving = new ArrayList<>();
    if (product.target() == TargetAntigen.CD20) {
      driving.add(SourcedFact.of("CD3xCD20 bispecific antibodies: no driving or heavy machinery while symptomatic.",
          RiskSources.CROMBIE24));
    } else {
      driving.add(SourcedFact.of("Driving advice for " + product.name() + " is in its label and is not verified in the "
          + "reference.", RiskSources.NOT_VERIFIED));
    }
    return new ExpectedWindow(era, onset, List.of(), driving);
  }

  private static ExpectedWindow carT(Optional<ProductProfile> profile, Optional<LabelEra> era) {
    List<SourcedFact> onset = new ArrayList<>();
    if (profile.isPresent()) {
      for (IncidenceReport r : profile.get().incidence()) {
        if (r.medianOnsetDays().isPresent()) {
          onset.add(SourcedFact.of(profile.get().abbreviation() + ": median onset "
              + Numbers.plain(r.medianOnsetDays().getAsDouble()) + " days after infusion (" + r.study() + ", "
              + r.population() + ").", r.source()));
        }
      }
    }
    onset.add(SourcedFact.of("Typically 4-10 days after CAR T-cell infusion; delayed onset up to one month.",
        RiskSources.SEED000));
    onset.add(SourcedFact.of("Typically 4-10 days after infusion, after CRS begins.", RiskSources.SEED001));
    onset.add(SourcedFact.of("Median onset of mild neurotoxicity 4-9 days after infusion in several studies; severe "
        + "neurotoxicity may present after 10 or more days; median 1 day (range 0-19) from the first neurological "
        + "symptom to the highest grade.", RiskSources.SEED002_GENERAL));
    onset.add(SourcedFact.of("For most patients, within one week of treatment.", RiskSources.SEED003));
    onset.add(SourcedFact.of("Median onset around day 5 to 7, sometimes as CRS recedes.", RiskSources.SEED004));

    List<SourcedFact> watch = new ArrayList<>();
    watch.add(SourcedFact.of("Highest-risk window: the first 2 weeks after infusion.", RiskSources.SEED001));
    watch.add(SourcedFact.of("Neurological assessment (ICE) throughout the first one to two weeks.", RiskSources.SEED004));
    watch.add(SourcedFact.of("In 475 real-world patients (axi-cel, tisa-cel, liso-cel), new-onset ICANS after week 2 "
        + "was 0.7% (one case, in week 3) and new-onset CRS after week 2 0%.", RiskSources.LATE_ONSET24));
    watch.add(SourcedFact.of("Delayed ICANS can occur up to one month after infusion.", RiskSources.SEED000));
    String abbreviation = profile.map(ProductProfile::abbreviation).orElse("");
    boolean obecel = abbreviation.equals("obe-cel");
    if (!obecel && showsEra(era, LabelEra.REMS)) {
      String prefix = era.isPresent() ? "" : "[" + LabelEra.REMS.label() + "] ";
      if (abbreviation.equals("axi-cel")) {
        watch.add(SourcedFact.of(prefix + "Yescarta label: monitoring at least daily for 7 days at the certified "
            + "facility, and for 4 weeks.", RiskSources.YESCARTA_LABEL));
      }
      if (abbreviation.equals("cilta-cel")) {
        watch.add(SourcedFact.of(prefix + "Carvykti: monitoring at least daily for 10 days at the facility, then "
            + "periodically for 4 weeks for delayed neurotoxicity.", RiskSources.CARVYKTI_LABEL));
      }
    }
    if (List.of("tisa-cel", "liso-cel", "brexu-cel", "ide-cel").contains(abbreviation)) {
      watch.add(SourcedFact.of("The monitoring duration in the " + profile.get().brandName() + " label is not "
          + "verified in the reference and is not given.", RiskSources.NOT_VERIFIED));
    }

    List<SourcedFact> driving = new ArrayList<>();
    if (obecel) {
      driving.add(SourcedFact.of("Aucatzyl was approved without a REMS (November 2024); its label's monitoring, "
          + "proximity and driving text is not verified in the reference.", RiskSources.AUCATZYL_NO_REMS));
    } else {
      if (showsEra(era, LabelEra.REMS)) {
        String prefix = era.isPresent() ? "" : "[" + LabelEra.REMS.label() + "] ";
        driving.add(SourcedFact.of(prefix + "Stay near the treating centre, with a caregiver, for about 4 weeks "
            + "after infusion.", RiskSources.REMS_ERA));
        driving.add(SourcedFact.of(prefix + "No driving or hazardous activities for up to 8 weeks after infusion "
            + "(package inserts said 8 weeks).", RiskSources.REMS_ERA));
        if (abbreviation.equals("cilta-cel")) {
          driving.add(SourcedFact.of(prefix + "Carvykti: stay near the facility for at least 4 weeks.",
              RiskSources.CARVYKTI_LABEL));
        }
      }
      if (showsEra(era, LabelEra.AFTER_REMS_REMOVAL)) {
        String prefix = era.isPresent() ? "" : "[" + LabelEra.AFTER_REMS_REMOVAL.label() + "] ";
        driving.add(SourcedFact.of(prefix + "No driving or hazardous activities for at least 2 weeks after infusion "
            + "(manufacturer patient guidance).", RiskSources.BMS_GUIDANCE_2025));
        driving.add(SourcedFact.of(prefix + "A care partner for the 2 weeks after infusion (manufacturer patient "
            + "guidance).", RiskSources.BMS_GUIDANCE_2025));
        driving.add(SourcedFact.of(prefix + "The labels' new proximity wording is not verified in the reference "
            + "and is not given.", RiskSources.NOT_VERIFIED));
      }
    }
    return new ExpectedWindow(era, onset, watch, driving);
  }

  private static boolean showsEra(Optional<LabelEra> era, LabelEra which) {
    return era.isEmpty() || era.get() == which;
  }

  /** The label era the advice is for; empty when unknown (then both eras are shown, labelled). */
  public Optional<LabelEra> era() {
    return era;
  }

  /** When ICANS is expected: per product where verified, then as each seed states it. */
  public List<SourcedFact> onset() {
    return onset;
  }

  /** How long the risk lasts and how long to watch. */
  public List<SourcedFact> watch() {
    return watch;
  }

  /** Proximity to the centre and driving, by label era. */
  public List<SourcedFact> drivingAndProximity() {
    return drivingAndProximity;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExpectedWindow)) {
      return false;
    }
    ExpectedWindow w = (ExpectedWindow) o;
    return era.equals(w.era) && onset.equals(w.onset) && watch.equals(w.watch)
        && drivingAndProximity.equals(w.drivingAndProximity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(era, onset, watch, drivingAndProximity);
  }

  @Override
  public String toString() {
    return "ExpectedWindow[" + era.map(LabelEra::code).orElse("both eras") + ", " + onset.size() + " onset, "
        + watch.size() + " watch, " + drivingAndProximity.size() + " driving and proximity statements]";
  }
}
