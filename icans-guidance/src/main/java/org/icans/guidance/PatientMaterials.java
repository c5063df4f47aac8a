package org.icans.guidance;

import java.util.List;
import java.util.Objects;

/**
 * The wallet card and the one-page home sheet for a patient after CAR T-cell or bispecific antibody
 * therapy, in plain language, from the patient education sheet (seed 003) and, for driving and
 * proximity, the advice of the product's label era ({@code reference/management-risk.md} A2.9,
 * A2.10). Both render as text or Markdown ({@link GuidanceDocument#render}).
 *
 * <p>The card names the treatment, the date, the treating centre and its contact, when to call 911
 * and when to call the care team, the driving advice, and three lines for any doctor or nurse who
 * sees it. The sheet explains what ICANS is and when it starts, the same warning signs, the driving
 * and proximity advice, the signs of improvement and questions to ask.
 *
 * <p>Where the reference has no checked advice (the proximity period after June 2025, obecabtagene
 * autoleucel, bispecific antibodies other than CD3xCD20, an unstated label era), the patient is
 * told to ask the care team, as the sheet's questions do.
 *
 * <p>Stateless and thread-safe.
 */
public final class PatientMaterials {
  private PatientMaterials() {}

  /** The wallet card. */
  public static GuidanceDocument walletCard(PatientContext context) {
    return Documents.walletCard(Objects.requireNonNull(context, "context"));
  }

  /** The one-page home sheet. */
  public static GuidanceDocument homeSheet(PatientContext context) {
    return Documents.homeSheet(Objects.requireNonNull(context, "context"));
  }

  /** The driving and proximity advice alone, each line cited. */
  public static List<GuidanceLine> drivingAndProximity(PatientContext context) {
    return LabelAdvice.lines(Objects.requireNonNull(context, "context"));
  }
}
