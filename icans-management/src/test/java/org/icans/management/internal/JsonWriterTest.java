package org.icans.management.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.management.testing.MiniJson;
import org.junit.jupiter.api.Test;

/** The hand-written JSON writer: structure, escaping, numbers without locale, misuse refused. */
class JsonWriterTest {

  @Test
  void writesNestedStructuresThatParse() {
    String json = new JsonWriter().beginObject()
        .member("text", "quote \" backslash \\ newline \n tab \t control \u0001 line-sep \u2028 greater >= ok")
        .member("integer", 800.0).member("fraction", 358.8).member("small", 0.25).member("flag", true)
        .member("absent", Optional.empty()).member("absentNumber", OptionalDouble.empty())
        .name("list").beginArray().value(1).value("two").beginObject().endObject().beginArray().endArray().endArray()
        .endObject().toJson();
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) MiniJson.parse(json);
    assertEquals("quote \" backslash \\ newline \n tab \t control \u0001 line-sep \u2028 greater >= ok", m.get("text"));
    assertEquals(800.0, m.get("integer"));
    assertEquals(358.8, m.get("fraction"));
    assertEquals(0.25, m.get("small"));
    assertEquals(true, m.get("flag"));
    assertEquals(false, m.containsKey("absent"));
    assertEquals(4, ((List<?>) m.get("list")).size());
    assertEquals(true, json.contains("\"integer\": 800,"), json);
  }

  @Test
  void refusesMisuse() {
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value("x"));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("x"));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().toJson());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().endArray());
    assertThrows(IllegalArgumentException.class, () -> new JsonWriter().value(Double.NaN));
  }

  @Test
  void numbersAreLocaleFree() {
    assertEquals("1234567.5", Num.plain(1234567.5));
    assertEquals("0", Num.plain(-0.0));
    assertEquals("0.33", Num.plain(1.0 / 3));
    assertEquals("10-20", Num.range(10, 20));
  }
}
