package org.icans.fhir;

import java.util.Objects;
import java.time.ZoneId;

/**
 * How a patient's Observations are grouped into assessments (the unit the ASTCT consensus grades):
 * by their effective date-time, either into calendar days of a time zone or by the exact instant.
 *
 * <ul>
 *   <li>{@link #calendarDay(ZoneId)}: every Observation whose effective date-time falls on the same
 *       calendar day in the zone is one assessment; its day is the number of calendar days since
 *       the day of the infusion (day 0). This is how flowsheets report a daily grade.
 *   <li>{@link #effectiveTime()}: Observations with the same effective instant are one
 *       assessment; its day is the exact time since the infusion, in days (fractions for several
 *       assessments a day). A date without a time is refused.
 * </ul>
 *
 * <p>Within one assessment, the highest temperature counts (as the project's CSV contract says of
 * {@code temperature_c}); findings that are sets (motor, raised ICP, attribution) are united; any
 * other element recorded twice with different values is refused, both records named, and left
 * not assessed: which of two values is right is not for the reader to guess.
 *
 * <p>Immutable value.
 */
public final class AssessmentPeriod {
  enum Kind {
    CALENDAR_DAY,
    EFFECTIVE_TIME
  }

  private final Kind kind;
  private final ZoneId zone;

  private AssessmentPeriod(Kind kind, ZoneId zone) {
    this.kind = kind;
    this.zone = zone;
  }

  /** One assessment per calendar day in {@code zone}. */
  public static AssessmentPeriod calendarDay(ZoneId zone) {
    return new AssessmentPeriod(Kind.CALENDAR_DAY, Objects.requireNonNull(zone, "zone"));
  }

  /** One assessment per effective instant. */
  public static AssessmentPeriod effectiveTime() {
    return new AssessmentPeriod(Kind.EFFECTIVE_TIME, ZoneId.of("UTC"));
  }

  Kind kind() {
    return kind;
  }

  /** The zone of the calendar days; UTC for effective time (used only for a date-only infusion). */
  ZoneId zone() {
    return zone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssessmentPeriod && ((AssessmentPeriod) o).kind == kind && ((AssessmentPeriod) o).zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return kind == Kind.CALENDAR_DAY ? "calendar day in " + zone : "effective time";
  }
}
