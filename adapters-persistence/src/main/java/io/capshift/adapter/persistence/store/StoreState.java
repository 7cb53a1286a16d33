package io.capshift.adapter.persistence.store;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable view of one manifest, indexed for reads. The repository swaps the whole object on
 * each write, so a reader that takes one reference sees a single data version throughout.
 */
final class StoreState {
  private final Manifest manifest;
  private final List<DatasetInfo> sorted;
  private final Map<String, ManifestEntry> byKey = new HashMap<>();
  private final Map<String, NavigableMap<LocalDate, ManifestEntry>> byTarget = new HashMap<>();

  /**
   * @throws IllegalArgumentException if two entries share a target id (any case) and date
   */
  StoreState(Manifest manifest) {
    this.manifest = manifest;
    for (ManifestEntry e : manifest.entries()) {
      DatasetInfo i = e.info();
      if (byKey.put(key(i.targetId(), i.asOf()), e) != null) {
        throw new IllegalArgumentException("two entries for " + i.datasetId());
      }
      byTarget.computeIfAbsent(lower(i.targetId()), t -> new TreeMap<>()).put(i.asOf(), e);
    }
    sorted =
        manifest.entries().stream()
            .map(ManifestEntry::info)
            .sorted(Comparator.comparing(DatasetInfo::datasetId))
            .toList();
  }

  Manifest manifest() {
    return manifest;
  }

  long dataVersion() {
    return manifest.dataVersion();
  }

  List<DatasetInfo> list() {
    return sorted;
  }

  Optional<DatasetInfo> find(String targetId, Optional<LocalDate> onOrBefore) {
    NavigableMap<LocalDate, ManifestEntry> dates = byTarget.get(lower(targetId));
    if (dates == null) {
      return Optional.empty();
    }
    var hit = onOrBefore.isPresent() ? dates.floorEntry(onOrBefore.get()) : dates.lastEntry();
    return Optional.ofNullable(hit).map(h -> h.getValue().info());
  }

  /** The entry of the same target and date, if stored (at any version). */
  Optional<ManifestEntry> entry(String targetId, LocalDate asOf) {
    return Optional.ofNullable(byKey.get(key(targetId, asOf)));
  }

  /**
   * Refuses a write that would give a target id two kinds of data.
   *
   * @throws FailedPreconditionException {@code TARGET_KIND_CONFLICT}
   */
  void checkKinds(List<ParsedDataset> datasets) {
    Map<String, DatasetKind> kinds = new HashMap<>();
    byTarget.forEach((t, dates) -> kinds.put(t, dates.firstEntry().getValue().info().kind()));
    for (ParsedDataset d : datasets) {
      DatasetKind held = kinds.putIfAbsent(lower(d.targetId()), d.kind());
      if (held != null && held != d.kind()) {
        throw new FailedPreconditionException(
            Reason.TARGET_KIND_CONFLICT,
            "target '"
                + d.targetId()
                + "' already holds "
                + held
                + " data; store "
                + d.kind()
                + " data under another target id");
      }
    }
  }

  /** The state after adding {@code added}, which replace entries of the same target and date. */
  StoreState with(List<ManifestEntry> added, long newVersion) {
    Map<String, ManifestEntry> next = new HashMap<>(byKey);
    for (ManifestEntry e : added) {
      next.put(key(e.info().targetId(), e.info().asOf()), e);
    }
    return new StoreState(new Manifest(newVersion, new ArrayList<>(next.values())));
  }

  static String key(String targetId, LocalDate asOf) {
    return lower(targetId) + "@" + asOf;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.US);
  }
}
