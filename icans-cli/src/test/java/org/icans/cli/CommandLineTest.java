package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Options, help, version, and the exit status of a command line that cannot be run. */
class CommandLineTest {
  @Test
  void helpIsPrintedToStandardOutput() {
    for (String option : new String[] {"--help", "-h"}) {
      Cli.Result r = Cli.run(option);
      assertEquals(0, r.exit());
      assertTrue(r.out().startsWith("Usage: icans [-hV] COMMAND\n"), r.out());
      for (String command : new String[] {"grade", "summarize", "plot", "plan", "compare", "risk", "guide"}) {
        assertTrue(r.out().contains("\n  " + command + " "), command + " listed: " + r.out());
      }
      assertTrue(r.out().contains("-V, --version"), r.out());
      assertTrue(r.out().contains("Exit status:"), r.out());
      assertEquals("", r.err());
    }
    Cli.Result grade = Cli.run("grade", "--help");
    assertEquals(0, grade.exit());
    assertTrue(grade.out().startsWith("Usage: icans grade [-hV] [--explain] [--format=csv|jsonl|fhir]"), grade.out());
    for (String option : new String[] {"--explain", "--format", "--period", "--zone", "--infusion", "FILE",
        "Exit status:"}) {
      assertTrue(grade.out().contains(option), option + " in: " + grade.out());
    }
    Cli.Result summarize = Cli.run("summarize", "-h");
    assertTrue(summarize.out().startsWith("Usage: icans summarize [-hV] [--format=csv|jsonl] FILE\n"), summarize.out());
  }

  @Test
  void versionIsTheMavenProjectVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      p.load(in);
    }
    String version = p.getProperty("version");
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), "filtered by Maven: " + version);
    for (String[] line : new String[][] {{"--version"}, {"-V"}, {"grade", "--version"}, {"plan", "-V"}}) {
      Cli.Result r = Cli.run(line);
      assertEquals(0, r.exit());
      assertEquals("icans " + version + "\n", r.out());
    }
  }

  @Test
  void usageErrorsExitWithOne() {
    String[][] lines = {
      {}, {"grade"}, {"frobnicate", "-"}, {"grade", "a.csv", "b.csv"}, {"grade", "--format", "xml", "-"},
      {"grade", "--format"}, {"grade", "--verbose", "-"}, {"summarize", "--explain", "-"}
    };
    for (String[] args : lines) {
      Cli.Result r = Cli.run(args);
      assertEquals(1, r.exit(), String.join(" ", args));
      assertEquals("", r.out());
      assertTrue(r.err().startsWith("icans: ") && r.err().endsWith("Try 'icans --help'.\n"), r.err());
    }
  }

  @Test
  void aFileThatDoesNotExistIsUnreadable() {
    Cli.Result r = Cli.run("grade", "no/such/file.csv");
    assertEquals(1, r.exit());
    assertEquals("icans: no/such/file.csv: cannot be read: no such file\n", r.err());
    Cli.Result json = Cli.run("summarize", "--format", "jsonl", "no/such/file.csv");
    assertEquals("{\"source\":\"no/such/file.csv\",\"fatal\":\"cannot be read: no such file\"}\n", json.err());
  }

  @Test
  void aDirectoryIsUnreadable() {
    Cli.Result r = Cli.run("grade", Cli.EXAMPLES.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("icans: " + Cli.EXAMPLES + ": cannot be read"), r.err());
  }

  @Test
  void anOutputThatCannotBeWrittenStopsWithOne() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream closed = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    });
    int exit = Main.run(new String[] {"grade", "-"}, new ByteArrayInputStream(
        "patient_id,day,age_years\nP,1,40\n".getBytes(StandardCharsets.UTF_8)), closed,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, exit);
    assertEquals("icans: the output cannot be written (closed or full)\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void optionsMayFollowTheFileAndADoubleDashEndsThem() {
    Cli.Result before = Cli.runWithInput("patient_id,day,age_years\nP,1,2\n", "grade", "--format", "jsonl", "-");
    Cli.Result after = Cli.runWithInput("patient_id,day,age_years\nP,1,2\n", "grade", "-", "--format=jsonl");
    assertEquals(0, after.exit());
    assertEquals(before.out(), after.out());
    Cli.Result dashed = Cli.run("grade", "--", "--not-an-option.csv");
    assertEquals("icans: --not-an-option.csv: cannot be read: no such file\n", dashed.err());
  }

  @Test
  void anUnknownCommandIsRefusedNamingEveryCommand() {
    for (String[] args : new String[][] {{"bogus"}, {}}) {
      Cli.Result r = Cli.run(args);
      assertEquals(1, r.exit());
      assertEquals("", r.out());
      assertTrue(r.err().contains("the commands are grade, summarize, plot, plan, compare, risk and guide\n"), r.err());
    }
  }

  @Test
  void aRepeatedFormatIsRefusedAsTheClinicalCommandsDo() {
    for (String command : new String[] {"grade", "summarize"}) {
      Cli.Result r = Cli.run(command, "--format", "csv", "--format=jsonl", "-");
      assertEquals(1, r.exit());
      assertEquals("", r.out());
      assertEquals("icans: --format given twice ('csv' and 'jsonl'); give it once\nTry 'icans --help'.\n", r.err());
    }
  }
}
