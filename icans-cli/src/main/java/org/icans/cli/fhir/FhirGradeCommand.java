package org.icans.cli.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import org.icans.cli.command.FileCommand;
import org.icans.fhir.AssessmentPeriod;
import org.icans.fhir.FhirFormatException;
import org.icans.fhir.FhirIssue;
import org.icans.fhir.FhirReader;
import org.icans.fhir.FhirReading;
import org.icans.fhir.FhirWriter;

/**
 * {@code icans grade --format fhir}: reads a FHIR R4 Bundle (JSON) or NDJSON of a patient's
 * resources with {@code icans-fhir}, grades every assessment, and writes one {@code collection}
 * Bundle of ICANS and CRS grade Observations on standard output. A refused record is named on
 * standard error (resource, element, value, what is allowed) and every other record is still read:
 * exit status 2; a file that is not FHIR JSON at all: exit status 1. The whole input is held in
 * memory, as a Bundle must be.
 */
public final class FhirGradeCommand {
  private FhirGradeCommand() {}

  /**
   * Runs the command.
   *
   * @param file the path, or {@code -} for standard input
   * @param period how Observations are grouped into assessments
   * @param infusion day 0 for patients without an infusion Procedure, or null
   * @return the exit status
   */
  public static int run(String file, AssessmentPeriod period, OffsetDateTime infusion, InputStream stdin,
      PrintStream out, PrintStream err) {
    String source = FileCommand.sourceName(file);
    FhirReader reader = FhirReader.of(period);
    if (infusion != null) {
      reader = reader.withInfusion(infusion);
    }
    String text;
    try {
      byte[] bytes = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      return fatal(err, source, "cannot be read: no such file");
    } catch (InvalidPathException e) {
      return fatal(err, source, "cannot be read: not a valid path (" + e.getReason() + ")");
    } catch (CharacterCodingException e) {
      return fatal(err, source, "cannot be read: not UTF-8 (FHIR JSON is UTF-8)");
    } catch (IOException e) {
      return fatal(err, source, "cannot be read: " + e.getMessage());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    FhirReading reading;
    try {
      reading = isNdjson(text) ? reader.readNdjson(new StringReader(text)) : reader.readJson(text);
    } catch (FhirFormatException e) {
      return fatal(err, source, e.getMessage());
    }
    print(out, FhirWriter.json(FhirWriter.gradeBundle(reading.assessments())) + "\n");
    for (FhirIssue i : reading.issues()) {
      print(err, source + ", " + i.resource() + ", " + i.element() + ": value '" + i.value()
          + "' is not allowed; allowed: " + i.allowed() + "\n");
    }
    if (!reading.isClean()) {
      print(err, "icans: " + source + ": " + reading.issues().size() + " record(s) refused because of the errors "
          + "above; every other record was read and " + reading.assessments().size() + " assessment(s) graded\n");
      return FileCommand.ROWS_REPORTED;
    }
    if (reading.assessments().isEmpty()) {
      // An empty Bundle must not pass for "nothing to grade" unnoticed: say what was read instead.
      print(err, "icans: " + source + ": no assessment found: " + reading.resourcesRead() + " resource(s) read, "
          + reading.resourcesIgnored() + " ignored (other resource types, Observations with other codes such as "
          + "heart rate or this tool's own grade Observations, records entered in error or cancelled)\n");
    }
    return FileCommand.OK;
  }

  /** NDJSON: more than one non-blank line, the first of which is a whole JSON object on its own. */
  static boolean isNdjson(String text) {
    String[] lines = text.split("\r?\n|\r");
    int nonBlank = 0;
    String first = null;
    for (String l : lines) {
      if (!l.isBlank()) {
        nonBlank++;
        if (first == null) {
          first = l.strip();
        }
      }
    }
    return nonBlank > 1 && first.startsWith("{") && first.endsWith("}");
  }

  private static int fatal(PrintStream err, String source, String message) {
    print(err, "icans: " + source + ": " + message + "\n");
    return FileCommand.UNREADABLE;
  }

  private static void print(PrintStream stream, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    stream.write(bytes, 0, bytes.length);
    stream.flush();
  }
}
