package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main command line reaches the plan, compare, risk and guide commands. */
class ClinicalCommandsDispatchTest {

  @ParameterizedTest
  @CsvSource({
    "plan|--policy|asco-2021|--icans-grade|3|--crs-grade|0|--age|60|--weight|70kg, 0, dexamethasone",
    "compare|--all|--icans-grade|2|--crs-grade|0|--age|60|--weight|70kg, 0, asco-2021",
    "guide|--symptoms|seizure, 0, 911",
    "plan|--help, 0, --icans-grade",
    "risk|--help, 0, --patient",
    "plan|--weight|70kg, 1, icans plan",
  })
  void dispatches(String commandLine, int status, String expected) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(commandLine.split("\\|"), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    assertEquals(status, exit, text);
    assertTrue(text.contains(expected), text);
  }

  @ParameterizedTest
  @CsvSource({"plan", "compare", "risk", "guide"})
  void theMainHelpNamesEveryCommand(String command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, Main.run(new String[] {"--help"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\n  " + command + " "));
  }
}
