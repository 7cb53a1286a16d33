package io.capshift.adapter.persistence.store;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of the MANIFEST file: the store's data version and one entry per stored dataset.
 * Swapping this one small file is the commit point of every write (P7, P8). Format version 2 adds
 * one flags byte per entry (bit 0: the dataset is undated); version 1, without it, is still read,
 * every dataset dated.
 *
 * @param dataVersion grows with every successful write; 0 for a new store
 * @param entries the stored datasets
 */
record Manifest(long dataVersion, List<ManifestEntry> entries) {
  static final int FORMAT_VERSION = 2;

  /** Flags bit: the dataset's file gave no date. */
  private static final int UNDATED = 1;

  static final Manifest EMPTY = new Manifest(0, List.of());

  // 5 string lengths, kind, as-of, rows, version, storedAt (12), crc
  private static final int MIN_ENTRY_BYTES = 5 * 4 + 1 + 8 + 4 + 8 + 12 + 4;
  // Explicit tags, not ordinals, so reordering the enum cannot corrupt old stores.
  private static final List<DatasetKind> KIND_TAGS =
      List.of(
          DatasetKind.INDEX_CONSTITUENTS,
          DatasetKind.FUND_HOLDINGS,
          DatasetKind.FOMC_CALENDAR,
          DatasetKind.TARGET_RANGES,
          DatasetKind.SERIES,
          DatasetKind.QUARTERLY_EARNINGS,
          DatasetKind.PUBLISHED_METRICS,
          DatasetKind.FUTURES_STRIP,
          DatasetKind.COMPANY_FUNDAMENTALS);

  Manifest {
    if (dataVersion < 0) {
      throw new IllegalArgumentException("dataVersion cannot be negative: " + dataVersion);
    }
    entries = List.copyOf(entries);
  }

  byte[] encode() {
    return encode(FORMAT_VERSION);
  }

  /**
   * The payload in format {@code version}: 2, or 1 (without flags, as stores written before it;
   * only for a manifest without undated datasets).
   */
  byte[] encode(int version) {
    PayloadWriter w = new PayloadWriter().writeLong(dataVersion).writeInt(entries.size());
    for (ManifestEntry e : entries) {
      DatasetInfo i = e.info();
      w.writeString(i.datasetId()).writeByte(kindTag(i.kind()));
      w.writeString(i.targetId()).writeDate(i.asOf()).writeInt(i.rows());
      w.writeString(i.source()).writeLong(i.version()).writeInstant(i.storedAt());
      w.writeString(e.fileName()).writeInt(e.fileCrc());
      if (version >= 2) {
        w.writeByte(i.undated() ? UNDATED : 0);
      } else if (i.undated()) {
        throw new IllegalArgumentException("format 1 cannot say " + i.datasetId() + " is undated");
      }
    }
    return w.toByteArray();
  }

  private static int kindTag(DatasetKind kind) {
    int i = KIND_TAGS.indexOf(kind);
    if (i < 0) {
      throw new IllegalStateException("no manifest tag for dataset kind " + kind);
    }
    return i + 1;
  }

  /** Decodes a payload of the current version; any {@link RuntimeException} means it is damaged. */
  static Manifest decode(PayloadReader r) {
    return decode(r, FORMAT_VERSION);
  }

  /**
   * Decodes a payload of {@code version}; any {@link RuntimeException} means it is damaged.
   *
   * @param version 1 (no flags: every dataset dated) or 2
   */
  static Manifest decode(PayloadReader r, int version) {
    long dataVersion = r.readLong();
    int n = r.readCount(MIN_ENTRY_BYTES);
    List<ManifestEntry> entries = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      String id = r.readString();
      int tag = r.readByte();
      if (tag < 1 || tag > KIND_TAGS.size()) {
        throw new IllegalArgumentException("unknown dataset kind tag " + tag);
      }
      DatasetKind kind = KIND_TAGS.get(tag - 1);
      String target = r.readString();
      var asOf = r.readDate();
      int rows = r.readInt();
      String source = r.readString();
      long datasetVersion = r.readLong();
      var storedAt = r.readInstant();
      String fileName = r.readString();
      int crc = r.readInt();
      int flags = version >= 2 ? r.readByte() : 0;
      if ((flags & ~UNDATED) != 0) {
        throw new IllegalArgumentException("unknown dataset flags " + flags);
      }
      DatasetInfo info =
          new DatasetInfo(
              id,
              kind,
              target,
              asOf,
              rows,
              source,
              datasetVersion,
              storedAt,
              (flags & UNDATED) != 0);
      entries.add(new ManifestEntry(info, fileName, crc));
    }
    r.requireEnd();
    return new Manifest(dataVersion, entries);
  }
}
