package org.icans.risk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.risk.internal.json.JsonWriter;
import org.icans.risk.internal.text.Numbers;
import org.junit.jupiter.api.Test;

/** The internal JSON writer and number formatting, run under the hi_IN locale by surefire. */
class JsonWriterTest {

  @Test
  void writesNestedValuesWithEscapesAndPlainNumbers() {
    String json = new JsonWriter().beginObject()
        .name("text").value("a \"quoted\" \\ line\nnext\u0001")
        .name("n").value(0.0001)
        .name("big").value(1234567.5)
        .name("int").value(42L)
        .name("none").value(Optional.<String>empty())
        .name("d").value(OptionalDouble.of(4.67))
        .name("list").beginArray().value(true).nullValue().beginObject().endObject().beginArray().endArray().endArray()
        .endObject().toJson();
    assertEquals("{\n  \"text\": \"a \\\"quoted\\\" \\\\ line\\nnext\\u0001\",\n  \"n\": 0.0001,\n"
        + "  \"big\": 1234567.5,\n  \"int\": 42,\n  \"none\": null,\n  \"d\": 4.67,\n  \"list\": [\n    true,\n"
        + "    null,\n    {},\n    []\n  ]\n}\n", json);
  }

  @Test
  void refusesMalformedStructure() {
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value("no name"));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("x"));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().toJson());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().endArray());
    assertThrows(IllegalArgumentException.class, () -> new JsonWriter().beginArray().value(Double.NaN));
  }

  @Test
  void numbersIgnoreTheDefaultLocale() {
    assertEquals("1234.5", Numbers.plain(1234.5));
    assertEquals("0.000001", Numbers.plain(1e-6));
    assertEquals("2.29", Numbers.significant(2.2916, 3));
    assertEquals("1230", Numbers.significant(1234, 3));
    assertEquals("-5", Numbers.signedDay(-5));
    assertEquals("+3", Numbers.signedDay(3));
  }
}
