package org.icans.model.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The library's one JSON writer: layout, escapes, numbers without locale, misuse refused (run under hi_IN). */
class JsonWriterTest {

  @Test
  void writesNestedValuesWithEscapesAndPlainNumbers() {
    String json = JsonWriter.exact().beginObject()
        .name("text").value("a \"quoted\" \\ line\nnext\u0001\t\r\b\f\u2028")
        .name("n").value(0.0001)
        .name("big").value(1234567.5)
        .name("int").value(42L)
        .name("zero").value(-0.0)
        .name("none").value(Optional.<String>empty())
        .name("d").value(OptionalDouble.of(4.67))
        .name("i").value(OptionalInt.of(3))
        .name("noI").value(OptionalInt.empty())
        .name("noD").value(OptionalDouble.empty())
        .name("s").value(Optional.of("x"))
        .name("list").beginArray().value(true).nullValue().beginObject().endObject().beginArray().endArray().endArray()
        .endObject().toJson();
    assertEquals("{\n  \"text\": \"a \\\"quoted\\\" \\\\ line\\nnext\\u0001\\t\\r\\b\\f\\u2028\",\n  \"n\": 0.0001,\n"
        + "  \"big\": 1234567.5,\n  \"int\": 42,\n  \"zero\": 0,\n  \"none\": null,\n  \"d\": 4.67,\n  \"i\": 3,\n"
        + "  \"noI\": null,\n  \"noD\": null,\n  \"s\": \"x\",\n  \"list\": [\n    true,\n"
        + "    null,\n    {},\n    []\n  ]\n}", json);
  }

  @Test
  void membersLeaveOutWhatIsEmptyAndRoundWhenAsked() {
    String json = JsonWriter.roundedTo(2).beginObject()
        .member("a", 800.0).member("b", 1.0 / 3).member("c", 0.001).member("d", 358.8).member("e", true)
        .member("f", 7L).member("g", "x").member("h", Optional.of("y")).member("i", OptionalDouble.of(0.125))
        .member("j", OptionalInt.of(2)).member("k", Optional.empty()).member("l", OptionalDouble.empty())
        .member("m", OptionalInt.empty()).endObject().toJson();
    assertEquals("{\n  \"a\": 800,\n  \"b\": 0.33,\n  \"c\": 0,\n  \"d\": 358.8,\n  \"e\": true,\n  \"f\": 7,\n"
        + "  \"g\": \"x\",\n  \"h\": \"y\",\n  \"i\": 0.13,\n  \"j\": 2\n}", json);
    assertEquals("[\n  2,\n  -0.5\n]", JsonWriter.roundedTo(1).beginArray().value(1.96).value(-0.45).endArray().toJson());
  }

  @Test
  void refusesMalformedStructure() {
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().beginObject().value("no name"));
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().beginArray().name("x"));
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().beginObject().name("x").name("y"));
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().beginObject().toJson());
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().beginObject().name("x").toJson());
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().toJson());
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().beginObject().endArray());
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().beginArray().endObject());
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().endArray());
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().beginObject().name("x").endObject());
    assertThrows(IllegalStateException.class, () -> JsonWriter.exact().value(1L).value(2L));
    assertThrows(IllegalArgumentException.class, () -> JsonWriter.exact().beginArray().value(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> JsonWriter.exact().value(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> JsonWriter.roundedTo(-1));
    assertThrows(NullPointerException.class, () -> JsonWriter.exact().value((String) null));
  }
}
