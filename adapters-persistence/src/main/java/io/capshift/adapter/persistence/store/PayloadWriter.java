package io.capshift.adapter.persistence.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes the binary payload of a store file, big-endian. Strings are a 4-byte length and UTF-8
 * bytes (not {@code writeUTF}, which fails above 64 KiB); dates are epoch days.
 */
final class PayloadWriter {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
  private final DataOutputStream out = new DataOutputStream(bytes);

  PayloadWriter writeByte(int v) {
    return run(() -> out.writeByte(v));
  }

  PayloadWriter writeBoolean(boolean v) {
    return run(() -> out.writeBoolean(v));
  }

  PayloadWriter writeInt(int v) {
    return run(() -> out.writeInt(v));
  }

  PayloadWriter writeLong(long v) {
    return run(() -> out.writeLong(v));
  }

  PayloadWriter writeDouble(double v) {
    return run(() -> out.writeDouble(v));
  }

  PayloadWriter writeString(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    return run(
        () -> {
          out.writeInt(utf8.length);
          out.write(utf8);
        });
  }

  PayloadWriter writeDate(LocalDate d) {
    return writeLong(d.toEpochDay());
  }

  PayloadWriter writeInstant(Instant t) {
    return writeLong(t.getEpochSecond()).writeInt(t.getNano());
  }

  byte[] toByteArray() {
    return bytes.toByteArray();
  }

  private PayloadWriter run(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      // A ByteArrayOutputStream does not fail; this is unreachable in practice.
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private interface IoAction {
    void run() throws IOException;
  }
}
