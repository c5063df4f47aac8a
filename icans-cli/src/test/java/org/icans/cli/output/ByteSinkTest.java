package org.icans.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Quoting for CSV and JSON, numbers without formatting objects, and write failures surfacing. */
class ByteSinkTest {
  interface Writing {
    void to(ByteSink s) throws IOException;
  }

  static String written(Writing w) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteSink sink = new ByteSink(bytes, 64);
    w.to(sink);
    sink.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvFieldsAreQuotedOnlyWhenNeeded() throws IOException {
    assertEquals("plain", written(s -> s.csvField("plain")));
    assertEquals("\"a,b\"", written(s -> s.csvField("a,b")));
    assertEquals("\"say \"\"hi\"\"\"", written(s -> s.csvField("say \"hi\"")));
    assertEquals("\"a\nb\"", written(s -> s.csvField("a\nb")));
    assertEquals("\"a\rb\"", written(s -> s.csvField("a\rb")));
    assertEquals("é;x y", written(s -> s.csvField("é;x y")));
  }

  @Test
  void jsonStringsAreEscaped() throws IOException {
    assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001é\"", written(s -> s.jsonString("a\"b\\c\nd\re\tf\u0001é")));
  }

  @Test
  void integersAsLongToStringWouldWriteThem() throws IOException {
    for (long v : new long[] {0, 7, 10, 99, 100, 1234567890123L, -5, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertEquals(Long.toString(v), written(s -> s.integer(v)));
    }
  }

  @Test
  void longWritesPassTheBuffer() throws IOException {
    String big = "x".repeat(1000);
    assertEquals("a" + big + "b", written(s -> {
      s.write('a');
      s.ascii(big);
      s.write('b');
    }));
  }

  @Test
  void aFailingStreamIsAnOutputException() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    ByteSink sink = new ByteSink(broken, 64);
    assertThrows(OutputException.class, () -> {
      sink.ascii("x".repeat(100));
      sink.flush();
    });
    ByteSink viaPrintStream = new ByteSink(new PrintStream(broken), 64);
    assertThrows(OutputException.class, () -> {
      viaPrintStream.ascii("x".repeat(100));
      viaPrintStream.flush();
    });
  }
}
