package org.icans.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rendered document back and checks that every statement in it ends with a source marker
 * whose numbers are all in the list of sources. Returns the problems found, none when it cites
 * everything.
 *
 * <p>Plain text: outside headings (a line underlined with '=' or '-') and blank lines, physical
 * lines are gathered into statements until one ends with a marker; a statement still open at a
 * blank line or a heading is uncited. Markdown: every line of the body that is not a heading or
 * blank is a whole statement and must end with a marker.
 */
final class RenderedCitations {
  private RenderedCitations() {}

  private static final Pattern MARKER = Pattern.compile("\\[(\\d+(?:, \\d+)*)\\]$");
  private static final Pattern TEXT_SOURCE = Pattern.compile("^\\[(\\d+)\\] .+");
  private static final Pattern MD_SOURCE = Pattern.compile("^(\\d+)\\. .+");

  static List<String> problems(String rendered, TextFormat format) {
    return format == TextFormat.MARKDOWN ? markdown(rendered) : text(rendered);
  }

  private static List<String> text(String rendered) {
    List<String> problems = new ArrayList<>();
    String[] lines = rendered.split("\n", -1);
    int sourcesAt = -1;
    for (int i = 0; i + 1 < lines.length; i++) {
      if (lines[i].equals("Sources") && lines[i + 1].equals("-------")) {
        sourcesAt = i;
      }
    }
    if (sourcesAt < 0) {
      problems.add("no Sources section");
      return problems;
    }
    int sourceCount = countSources(lines, sourcesAt + 2, TEXT_SOURCE, problems);
    StringBuilder open = null;
    for (int i = 0; i < sourcesAt; i++) {
      String line = lines[i];
      boolean heading = i + 1 < sourcesAt && isRule(lines[i + 1], line.length());
      if (line.isBlank() || heading || isRule(line, i > 0 ? lines[i - 1].length() : -1)) {
        if (open != null) {
          problems.add("uncited statement: " + open);
          open = null;
        }
        continue;
      }
      open = open == null ? new StringBuilder(line) : open.append(' ').append(line.strip());
      Matcher m = MARKER.matcher(line);
      if (m.find()) {
        checkNumbers(m.group(1), sourceCount, open.toString(), problems);
        open = null;
      }
    }
    if (open != null) {
      problems.add("uncited statement: " + open);
    }
    return problems;
  }

  private static List<String> markdown(String rendered) {
    List<String> problems = new ArrayList<>();
    String[] lines = rendered.split("\n", -1);
    int sourcesAt = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals("## Sources")) {
        sourcesAt = i;
      }
    }
    if (sourcesAt < 0) {
      problems.add("no Sources section");
      return problems;
    }
    int sourceCount = countSources(lines, sourcesAt + 2, MD_SOURCE, problems);
    for (int i = 0; i < sourcesAt; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("# ") || line.startsWith("## ")) {
        continue;
      }
      Matcher m = MARKER.matcher(line);
      if (m.find()) {
        checkNumbers(m.group(1), sourceCount, line, problems);
      } else {
        problems.add("uncited line: " + line);
      }
    }
    return problems;
  }

  private static int countSources(String[] lines, int from, Pattern entry, List<String> problems) {
    int count = 0;
    for (int i = from; i < lines.length; i++) {
      Matcher m = entry.matcher(lines[i]);
      if (m.matches()) {
        count++;
        if (Integer.parseInt(m.group(1)) != count) {
          problems.add("sources not numbered 1.." + count + ": " + lines[i]);
        }
      }
    }
    if (count == 0) {
      problems.add("empty Sources section");
    }
    return count;
  }

  private static void checkNumbers(String numbers, int sourceCount, String statement, List<String> problems) {
    for (String n : numbers.split(", ")) {
      int k = Integer.parseInt(n);
      if (k < 1 || k > sourceCount) {
        problems.add("marker [" + k + "] not in the " + sourceCount + " sources: " + statement);
      }
    }
  }

  private static boolean isRule(String line, int length) {
    return !line.isEmpty() && (line.chars().allMatch(c -> c == '=') || line.chars().allMatch(c -> c == '-'))
        && (length < 0 || line.length() == Math.min(78, length));
  }
}
