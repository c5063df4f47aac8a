package org.icans.cli.output;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A buffered byte writer for CSV and JSON output: raw bytes, ASCII text, integers, and fields
 * quoted by the rules of RFC 4180 or JSON, with no per-call allocation on the byte paths.
 *
 * <p>Text is written as UTF-8. Output reaches the underlying stream in large chunks; call
 * {@link #flush()} at the end. Write failures are {@link OutputException}s. A {@link PrintStream}
 * swallows write errors, so its error flag is checked at every chunk: a closed standard output stops
 * the work instead of letting it run on unseen. Not thread-safe.
 */
public final class ByteSink implements Flushable {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final byte[] buf;
  private int n;

  /** A sink writing to {@code out} through a 64 KiB buffer. */
  public ByteSink(OutputStream out) {
    this(out, 1 << 16);
  }

  /** A sink with a given buffer size, at least 64 bytes. */
  public ByteSink(OutputStream out, int bufferSize) {
    this.out = out;
    this.buf = new byte[Math.max(64, bufferSize)];
  }

  /** Writes one byte. */
  public void write(int b) throws IOException {
    if (n == buf.length) {
      drain();
    }
    buf[n++] = (byte) b;
  }

  /** Writes all of {@code bytes}. */
  public void write(byte[] bytes) throws IOException {
    write(bytes, 0, bytes.length);
  }

  /** Writes {@code bytes[start..end)}. */
  public void write(byte[] bytes, int start, int end) throws IOException {
    int len = end - start;
    if (len > buf.length - n) {
      drain();
      if (len > buf.length) {
        try {
          out.write(bytes, start, len);
        } catch (IOException e) {
          throw new OutputException("the output cannot be written: " + e.getMessage(), e);
        }
        checkPrintStream();
        return;
      }
    }
    System.arraycopy(bytes, start, buf, n, len);
    n += len;
  }

  /** Writes text known to be ASCII (column names, words, formatted numbers). */
  public void ascii(String s) throws IOException {
    int len = s.length();
    if (len > buf.length - n) {
      write(s.getBytes(StandardCharsets.UTF_8));
      return;
    }
    for (int i = 0; i < len; i++) {
      buf[n++] = (byte) s.charAt(i);
    }
  }

  /** Writes a whole number in decimal, as {@link Long#toString(long)} would, without allocating. */
  public void integer(long v) throws IOException {
    if (buf.length - n < 20) {
      drain();
    }
    if (v == Long.MIN_VALUE) {
      ascii(Long.toString(v));
      return;
    }
    if (v < 0) {
      buf[n++] = '-';
      v = -v;
    }
    if (v < 10) {
      buf[n++] = (byte) ('0' + v);
      return;
    }
    int digits = 0;
    for (long t = v; t > 0; t /= 10) {
      digits++;
    }
    int end = n + digits;
    for (int i = end - 1; i >= n; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    n = end;
  }

  /** Writes {@code bytes[start..end)} as one CSV field, in quotes only when RFC 4180 requires it. */
  public void csvField(byte[] bytes, int start, int end) throws IOException {
    boolean needsQuotes = false;
    for (int i = start; i < end; i++) {
      byte b = bytes[i];
      if (b == ',' || b == '"' || b == '\n' || b == '\r') {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      write(bytes, start, end);
      return;
    }
    write('"');
    for (int i = start; i < end; i++) {
      write(bytes[i]);
      if (bytes[i] == '"') {
        write('"');
      }
    }
    write('"');
  }

  /** Writes text as one CSV field, in quotes only when RFC 4180 requires it. */
  public void csvField(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    csvField(bytes, 0, bytes.length);
  }

  /** Writes UTF-8 {@code bytes[start..end)} as a JSON string, quotes included. */
  public void jsonString(byte[] bytes, int start, int end) throws IOException {
    write('"');
    for (int i = start; i < end; i++) {
      byte b = bytes[i];
      if (b == '"' || b == '\\') {
        write('\\');
        write(b);
      } else if (b >= 0 && b < 0x20) {
        switch (b) {
          case '\n':
            write('\\');
            write('n');
            break;
          case '\r':
            write('\\');
            write('r');
            break;
          case '\t':
            write('\\');
            write('t');
            break;
          default:
            write('\\');
            write('u');
            write('0');
            write('0');
            write(HEX[b >> 4]);
            write(HEX[b & 0xF]);
        }
      } else {
        write(b);
      }
    }
    write('"');
  }

  /** Writes text as a JSON string, quotes included. */
  public void jsonString(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    jsonString(bytes, 0, bytes.length);
  }

  /** Writes out everything buffered and flushes the underlying stream. */
  @Override
  public void flush() throws IOException {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new OutputException("the output cannot be written: " + e.getMessage(), e);
    }
    checkPrintStream();
  }

  private void drain() throws IOException {
    if (n > 0) {
      try {
        out.write(buf, 0, n);
      } catch (IOException e) {
        throw new OutputException("the output cannot be written: " + e.getMessage(), e);
      }
      n = 0;
      checkPrintStream();
    }
  }

  private void checkPrintStream() throws OutputException {
    if (out instanceof PrintStream && ((PrintStream) out).checkError()) {
      throw new OutputException("the output cannot be written (closed or full)", null);
    }
  }
}
