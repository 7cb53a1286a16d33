package io.capshift.adapter.persistence.store;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of the MANIFEST file, format version 1: the store's data version and one entry per
 * stored dataset. Swapping this one small file is the commit point of every write (P7, P8).
 *
 * @param dataVersion grows with every successful write; 0 for a new store
 * @param entries the stored datasets
 */
record Manifest(long dataVersion, List<ManifestEntry> entries) {
  static final int FORMAT_VERSION = 1;
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
          DatasetKind.FUTURES_STRIP);

  Manifest {
    if (dataVersion < 0) {
      throw new IllegalArgumentException("dataVersion cannot be negative: " + dataVersion);
    }
    entries = List.copyOf(entries);
  }

  byte[] encode() {
    PayloadWriter w = new PayloadWriter().writeLong(dataVersion).writeInt(entries.size());
    for (ManifestEntry e : entries) {
      DatasetInfo i = e.info();
      w.writeString(i.datasetId()).writeByte(kindTag(i.kind()));
      w.writeString(i.targetId()).writeDate(i.asOf()).writeInt(i.rows());
      w.writeString(i.source()).writeLong(i.version()).writeInstant(i.storedAt());
      w.writeString(e.fileName()).writeInt(e.fileCrc());
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

  /** Decodes a payload; any {@link RuntimeException} means it is damaged. */
  static Manifest decode(PayloadReader r) {
    long dataVersion = r.readLong();
    int n = r.readCount(MIN_ENTRY_BYTES);
    List<ManifestEntry> entries = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      String id = r.readString();
      int tag = r.readByte();
      if (tag < 1 || tag > KIND_TAGS.size()) {
        throw new IllegalArgumentException("unknown dataset kind tag " + tag);
      }
      DatasetInfo info =
          new DatasetInfo(
              id,
              KIND_TAGS.get(tag - 1),
              r.readString(),
              r.readDate(),
              r.readInt(),
              r.readString(),
              r.readLong(),
              r.readInstant());
      entries.add(new ManifestEntry(info, r.readString(), r.readInt()));
    }
    r.requireEnd();
    return new Manifest(dataVersion, entries);
  }
}
