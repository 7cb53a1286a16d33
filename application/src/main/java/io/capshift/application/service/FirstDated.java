package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.DatasetRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The first date with data of a target, for a NOT_FOUND asked before it (gRPC's {@code
 * first_available_date}): the caller learns where the data starts, not what it says.
 */
final class FirstDated {
  private FirstDated() {}

  /** The earliest dated dataset of any of {@code targetIds} (ignoring case). */
  static Optional<LocalDate> of(DatasetRepository repository, String... targetIds) {
    Set<String> ids =
        Stream.of(targetIds).map(t -> t.toLowerCase(Locale.US)).collect(Collectors.toSet());
    return of(repository, i -> ids.contains(i.targetId().toLowerCase(Locale.US)));
  }

  /** The earliest dated dataset that {@code which} accepts. */
  static Optional<LocalDate> of(DatasetRepository repository, Predicate<DatasetInfo> which) {
    return repository.list().stream()
        .filter(i -> !i.undated() && which.test(i))
        .map(DatasetInfo::asOf)
        .min(Comparator.naturalOrder());
  }
}
