package org.icans.guidance;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.icans.guidance.GuidanceDocument.Audience;
import org.icans.guidance.GuidanceDocument.Section;
import org.icans.guidance.GuidanceDocument.Style;
import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;

/**
 * Writes a {@link GuidanceDocument} as plain text or Markdown. Sources are numbered by reference
 * (citation key) in order of first citation; every statement ends with the numbers of its sources
 * (never split across lines), and the list at the end gives each reference, for a clinician with
 * the sections of it that were cited and its evidence status.
 */
final class Renderer {
  /** The width plain text is wrapped to. */
  public static final int WIDTH = 78;

  private static final String HEADLINE_MARK = ">> ";

  private Renderer() {}

  /** The document in the format, ending with a line break. */
  public static String render(GuidanceDocument doc, TextFormat format) {
    Map<String, Source> sources = number(doc);
    StringBuilder out = new StringBuilder();
    if (format == TextFormat.MARKDOWN) {
      markdown(doc, sources, out);
    } else {
      text(doc, sources, out);
    }
    return out.toString();
  }

  /** The marker of a line's sources, numbers ascending, for example {@code [1, 3]}. */
  static String marker(GuidanceLine line, Map<String, Source> sources) {
    Set<Integer> numbers = new TreeSet<>();
    for (Citation c : line.sources()) {
      numbers.add(sources.get(c.key()).number);
    }
    StringJoiner j = new StringJoiner(", ", "[", "]");
    numbers.forEach(n -> j.add(Integer.toString(n)));
    return j.toString();
  }

  private static Map<String, Source> number(GuidanceDocument doc) {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (GuidanceLine line : doc.lines()) {
      for (Citation c : line.sources()) {
        Source s = sources.computeIfAbsent(c.key(), k -> new Source(sources.size() + 1, c));
        s.locators.add(c.locator());
      }
    }
    return sources;
  }

  private static void text(GuidanceDocument doc, Map<String, Source> sources, StringBuilder out) {
    underline(out, doc.title(), '=');
    out.append('\n');
    for (Section s : doc.sections()) {
      underline(out, s.heading(), '-');
      boolean first = true;
      for (GuidanceLine line : s.lines()) {
        String m = marker(line, sources);
        switch (s.style()) {
          case HEADLINE:
          case PARAGRAPHS:
            if (!first) {
              out.append('\n');
            }
            if (first && s.style() == Style.HEADLINE) {
              wrap(out, HEADLINE_MARK, " ".repeat(HEADLINE_MARK.length()), line.text(), m);
            } else {
              wrap(out, "", "", line.text(), m);
            }
            break;
          case BULLETS:
            wrap(out, "- ", "  ", line.text(), m);
            break;
          case INTRO_AND_BULLETS:
            wrap(out, first ? "" : "- ", first ? "" : "  ", line.text(), m);
            break;
          case CHECKLIST:
            wrap(out, "[ ] ", "    ", line.text(), m);
            break;
          default:
            throw new AssertionError(s.style());
        }
        first = false;
      }
      out.append('\n');
    }
    underline(out, "Sources", '-');
    for (Source src : sources.values()) {
      wrap(out, "[" + src.number + "] ", "    ", src.describe(doc.audience()), "");
    }
  }

  private static void underline(StringBuilder out, String heading, char rule) {
    out.append(heading).append('\n').append(String.valueOf(rule).repeat(Math.min(WIDTH, heading.length())))
        .append('\n');
  }

  private static void markdown(GuidanceDocument doc, Map<String, Source> sources, StringBuilder out) {
    out.append("# ").append(escape(doc.title())).append("\n\n");
    for (Section s : doc.sections()) {
      out.append("## ").append(escape(s.heading())).append("\n\n");
      boolean first = true;
      for (GuidanceLine line : s.lines()) {
        String body = escape(line.text()) + " " + marker(line, sources);
        switch (s.style()) {
          case HEADLINE:
            out.append(first ? "**" + escape(line.text()) + "** " + marker(line, sources) : body)
                .append("\n\n");
            break;
          case PARAGRAPHS:
            out.append(body).append("\n\n");
            break;
          case BULLETS:
            out.append("- ").append(body).append('\n');
            break;
          case INTRO_AND_BULLETS:
            out.append(first ? body + "\n\n" : "- " + body + "\n");
            break;
          case CHECKLIST:
            out.append("- [ ] ").append(body).append('\n');
            break;
          default:
            throw new AssertionError(s.style());
        }
        first = false;
      }
      if (s.style() == Style.BULLETS || s.style() == Style.CHECKLIST
          || (s.style() == Style.INTRO_AND_BULLETS && s.lines().size() > 1)) {
        out.append('\n');
      }
    }
    out.append("## Sources\n\n");
    for (Source src : sources.values()) {
      out.append(src.number).append(". ").append(escape(src.describe(doc.audience()))).append('\n');
    }
  }

  /**
   * Greedy word wrap of one statement, with a first-line prefix and a hanging indent; the marker
   * is one unbreakable token at the end.
   */
  static void wrap(StringBuilder out, String prefix, String indent, String text, String marker) {
    StringBuilder line = new StringBuilder(prefix);
    int lineStart = prefix.length();
    String[] words = text.split(" ");
    int n = marker.isEmpty() ? words.length : words.length + 1;
    for (int i = 0; i < n; i++) {
      String word = i < words.length ? words[i] : marker;
      if (word.isEmpty()) {
        continue;
      }
      boolean atStart = line.length() == lineStart;
      if (!atStart && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(indent);
        lineStart = indent.length();
        atStart = true;
      }
      if (!atStart) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append('\n');
  }

  /** Escapes the characters CommonMark would read as markup, so that any text stays literal. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#~&".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    String s = b.toString();
    // A statement that starts like a list item or a setext underline must stay a paragraph.
    if (s.startsWith("-") || s.startsWith("+") || s.startsWith("=")) {
      s = "\\" + s;
    }
    return s.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
  }

  private static final class Source {
    final int number;
    final Citation citation;
    final Set<String> locators = new LinkedHashSet<>();

    Source(int number, Citation citation) {
      this.number = number;
      this.citation = citation;
    }

    String describe(Audience audience) {
      String reference = citation.reference().endsWith(".") ? citation.reference() : citation.reference() + ".";
      if (audience == Audience.PATIENT) {
        return reference;
      }
      return reference + " Cited: " + String.join("; ", locators) + " (" + evidence(citation.evidence()) + ")";
    }
  }

  private static String evidence(Evidence e) {
    switch (e) {
      case VERIFIED:
        return "verified";
      case SECONDARY:
        return "seed or secondary source";
      case PROJECT_CHOICE:
        return "project choice";
      default:
        return "unverified";
    }
  }
}
