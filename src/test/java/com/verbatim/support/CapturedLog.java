package com.verbatim.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the server logs while a test runs. slf4j-simple writes to whatever {@code System.err} is at
 * the time, so {@link #start()} tees it into a buffer and {@link #stop()} puts the real one back.
 */
public final class CapturedLog {

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private PrintStream stderr;

  public void start() {
    stderr = System.err;
    System.setErr(new PrintStream(new Tee(stderr, log), true, StandardCharsets.UTF_8));
  }

  public void stop() {
    System.setErr(stderr);
  }

  public String text() {
    synchronized (log) {
      return log.toString(StandardCharsets.UTF_8);
    }
  }

  /** Writes to the real stderr and to the captured log. */
  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final ByteArrayOutputStream second;

    Tee(OutputStream first, ByteArrayOutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      first.write(b);
      synchronized (second) {
        second.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      first.write(b, off, len);
      synchronized (second) {
        second.write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      first.flush();
    }
  }
}
