package org.icans.guidance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Citation;
import org.icans.model.internal.check.Nulls;

/**
 * A printable piece of guidance: a wallet card, a home sheet, the answer of a symptom check or a
 * clinician's checklist. It has a title and sections of cited lines, and renders as plain text or
 * Markdown with a numbered list of its sources at the end; every statement carries the marker of
 * its sources.
 *
 * <p>The list of sources is written for the reader: for a patient, each reference once; for a
 * clinician, each reference with the sections cited and how firmly it is established. The
 * {@link GuidanceLine lines} carry the full citations either way.
 *
 * <p>Immutable and null-free.
 *
 * @param title the title, one line
 * @param audience who reads it
 * @param sections the sections in reading order, at least one
 */
public record GuidanceDocument(String title, Audience audience, List<Section> sections) {
  /** Validates and copies. */
  public GuidanceDocument {
    Texts.requireOneLine("document.title", title);
    Objects.requireNonNull(audience, "document.audience");
    sections = Nulls.presentEach("document.sections", sections);
    if (sections.isEmpty()) {
      throw new InvalidValueException("document.sections", "[]", "at least one section");
    }
  }

  /** Who a document is written for. */
  public enum Audience {
    /** Patients and caregivers: plain language, references listed once each. */
    PATIENT,
    /** Clinicians: references with the sections cited and their evidence status. */
    CLINICIAN
  }

  /** How a section's lines are laid out. */
  public enum Style {
    /** Each line a paragraph of its own; the first stands out (bold in Markdown, marked in text). */
    HEADLINE,
    /** Each line a paragraph of its own. */
    PARAGRAPHS,
    /** A bulleted list. */
    BULLETS,
    /** The first line a paragraph that introduces the bulleted list of the others. */
    INTRO_AND_BULLETS,
    /** A list of boxes to tick, for a clinician's checklist. */
    CHECKLIST
  }

  /**
   * A section: a heading and its cited lines.
   *
   * @param heading the heading, one line
   * @param style how the lines are laid out
   * @param lines the lines, at least one
   */
  public record Section(String heading, Style style, List<GuidanceLine> lines) {
    /** Validates and copies. */
    public Section {
      Texts.requireOneLine("section.heading", heading);
      Objects.requireNonNull(style, "section.style");
      lines = Nulls.presentEach("section.lines", lines);
      if (lines.isEmpty()) {
        throw new InvalidValueException("section.lines", "[]", "at least one line");
      }
    }
  }

  /** Every line of the document, in reading order. */
  public List<GuidanceLine> lines() {
    List<GuidanceLine> all = new ArrayList<>();
    for (Section s : sections) {
      all.addAll(s.lines());
    }
    return List.copyOf(all);
  }

  /** Every source the document cites, in order of first citation. */
  public Set<Citation> sources() {
    Set<Citation> all = new LinkedHashSet<>();
    for (GuidanceLine line : lines()) {
      all.addAll(line.sources());
    }
    return Collections.unmodifiableSet(all);
  }

  /** The document written out in this format, ending with a line break. */
  public String render(TextFormat format) {
    return Renderer.render(this, Objects.requireNonNull(format, "format"));
  }
}
