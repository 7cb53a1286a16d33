package io.capshift.adapter.persistence.store;

import io.capshift.domain.error.CorruptDataException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The frame around every store file (P3, P9): {@code magic (4 bytes) | format version (1 byte) |
 * payload length (4 bytes, big-endian) | payload | CRC32C (4 bytes) over everything before it}.
 *
 * <p>The frame itself never changes between format versions; the version byte governs only the
 * payload. So a reader checks length and checksum first and can then tell real corruption apart
 * from a file written by a newer capshift.
 */
final class Envelope {
  /** Magic of the MANIFEST file, "CSMF". */
  static final int MANIFEST_MAGIC = 0x43534D46;

  /** Magic of a dataset file, "CSDS". */
  static final int DATASET_MAGIC = 0x43534453;

  static final int HEADER_BYTES = 9;
  static final int TRAILER_BYTES = 4;

  /** A verified frame: its version, payload and checksum. */
  record Opened(int version, ByteBuffer payload, int crc) {}

  private Envelope() {}

  /** The framed bytes of {@code payload}. */
  static byte[] seal(int magic, int version, byte[] payload) {
    ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES + payload.length + TRAILER_BYTES);
    buf.putInt(magic).put((byte) version).putInt(payload.length).put(payload);
    buf.putInt(crc(buf.array(), HEADER_BYTES + payload.length));
    return buf.array();
  }

  /** The checksum stored in a sealed frame. */
  static int storedCrc(byte[] sealed) {
    return ByteBuffer.wrap(sealed).getInt(sealed.length - TRAILER_BYTES);
  }

  /**
   * Verifies {@code bytes} and returns the payload.
   *
   * @param resource names the file in the exception
   * @throws CorruptDataException if the frame is short, foreign, torn, altered or too new
   */
  static Opened open(byte[] bytes, int magic, int maxVersion, String resource) {
    int length = checkFrame(bytes, magic, resource);
    int stored = ByteBuffer.wrap(bytes).getInt(bytes.length - TRAILER_BYTES);
    int computed = crc(bytes, bytes.length - TRAILER_BYTES);
    if (stored != computed) {
      throw corrupt(
          resource,
          String.format("checksum mismatch (stored %08x, computed %08x)", stored, computed));
    }
    int version = bytes[4] & 0xFF;
    if (version > maxVersion) {
      throw corrupt(
          resource,
          String.format(
              "format version %d is newer than this capshift reads (1 to %d); upgrade capshift"
                  + " to read it",
              version, maxVersion));
    }
    if (version < 1) {
      throw corrupt(resource, "format version 0 does not exist");
    }
    return new Opened(version, ByteBuffer.wrap(bytes, HEADER_BYTES, length).slice(), stored);
  }

  /** Checks size, magic and length field; returns the payload length. */
  private static int checkFrame(byte[] bytes, int magic, String resource) {
    if (bytes.length < HEADER_BYTES + TRAILER_BYTES) {
      throw corrupt(resource, "file is " + bytes.length + " bytes, too short for its frame");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    int foundMagic = buf.getInt(0);
    if (foundMagic != magic) {
      throw corrupt(
          resource, String.format("not a capshift store file (magic 0x%08x)", foundMagic));
    }
    long length = buf.getInt(5) & 0xFFFF_FFFFL;
    long held = bytes.length - HEADER_BYTES - TRAILER_BYTES;
    if (length != held) {
      throw corrupt(
          resource,
          "header says "
              + length
              + " payload bytes but the file holds "
              + held
              + " (torn or appended to)");
    }
    return (int) length;
  }

  private static int crc(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  private static CorruptDataException corrupt(String resource, String detail) {
    return new CorruptDataException(resource, detail, null);
  }
}
