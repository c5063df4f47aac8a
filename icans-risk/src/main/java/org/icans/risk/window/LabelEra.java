package org.icans.risk.window;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The era of the CAR T-cell labels that governs proximity and driving advice: the REMS era, and
 * after the FDA removed the REMS for the approved BCMA- and CD19-directed autologous CAR T-cell
 * products (announced 27 June 2025; reference A2.10 [V]). Advice is versioned by era, never merged
 * (reference C.7).
 */
public enum LabelEra {
  /** Labels under the REMS: about 4 weeks near the centre, no driving for up to 8 weeks. */
  REMS("REMS era (before 27 June 2025)"),
  /** Labels after the REMS removal: no driving for at least 2 weeks, a care partner for 2 weeks. */
  AFTER_REMS_REMOVAL("after the REMS removal (from 27 June 2025)");

  /** The day the REMS removal was announced (reference A2.10 [V]); infusions from this day on are in the later era. */
  public static final LocalDate REMS_REMOVAL_ANNOUNCED = LocalDate.of(2025, 6, 27);

  private final String label;

  LabelEra(String label) {
    this.label = label;
  }

  /** For people. */
  public String label() {
    return label;
  }

  /**
   * The era of an infusion on {@code date}: before {@link #REMS_REMOVAL_ANNOUNCED}, the REMS era
   * (project choice 8: the announcement date divides the eras).
   */
  public static LabelEra forInfusionDate(LocalDate date) {
    return Objects.requireNonNull(date, "date").isBefore(REMS_REMOVAL_ANNOUNCED) ? REMS : AFTER_REMS_REMOVAL;
  }
}
