package io.capshift.adapter.persistence.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads what {@link PayloadWriter} wrote. Every length and count is checked against the bytes left,
 * so a damaged payload fails with an exception instead of allocating gigabytes; callers turn any
 * {@link RuntimeException} from here into a {@code CorruptDataException}.
 */
final class PayloadReader {
  private final ByteBuffer buf;

  PayloadReader(ByteBuffer payload) {
    this.buf = payload;
  }

  int readByte() {
    return buf.get() & 0xFF;
  }

  boolean readBoolean() {
    int b = readByte();
    if (b > 1) {
      throw new IllegalArgumentException("boolean byte is " + b);
    }
    return b == 1;
  }

  int readInt() {
    return buf.getInt();
  }

  long readLong() {
    return buf.getLong();
  }

  double readDouble() {
    return buf.getDouble();
  }

  String readString() {
    int length = buf.getInt();
    if (length < 0 || length > buf.remaining()) {
      throw new IllegalArgumentException("string length " + length + " exceeds the payload");
    }
    byte[] utf8 = new byte[length];
    buf.get(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  LocalDate readDate() {
    return LocalDate.ofEpochDay(buf.getLong());
  }

  /** A date as {@link #readDate} reads it, as its epoch day (not checked to be a date). */
  long readEpochDay() {
    return buf.getLong();
  }

  Instant readInstant() {
    long seconds = buf.getLong();
    return Instant.ofEpochSecond(seconds, buf.getInt());
  }

  /** A count of items that take at least {@code minBytesEach} bytes each. */
  int readCount(int minBytesEach) {
    int n = buf.getInt();
    if (n < 0 || (long) n * minBytesEach > buf.remaining()) {
      throw new IllegalArgumentException("count " + n + " exceeds the payload");
    }
    return n;
  }

  /** Fails unless every byte was read: trailing bytes mean a writer and reader disagree. */
  void requireEnd() {
    if (buf.hasRemaining()) {
      throw new IllegalArgumentException(buf.remaining() + " unread bytes at the end");
    }
  }
}
