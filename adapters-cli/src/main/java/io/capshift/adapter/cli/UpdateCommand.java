package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code capshift update}: {@code fetch} of every source the store already holds data of. */
@Command(
    name = "update",
    description = "Fetch again every source the store already holds data of (see capshift fetch).")
final class UpdateCommand extends FetchCommand {
  private static final Set<String> FRED =
      Set.of("dff", "dfedtaru", "dfedtarl", "dfedtar", "dgs10", "dgs2", "sp500-price");

  @Override
  List<String> sourcesToFetch(PrintWriter out) {
    Set<String> used = new LinkedHashSet<>();
    try (UseCases capshift = store.open()) {
      for (DatasetInfo d : DatasetsCommand.all(capshift).datasets()) {
        sourceOf(d).ifPresent(used::add);
      }
    }
    List<String> ordered = allNames().stream().filter(used::contains).toList();
    out.println(
        ordered.isEmpty()
            ? "update: the store holds no data of a fetchable source; run capshift fetch"
            : "update: the store holds data of " + String.join(", ", ordered));
    return ordered;
  }

  private static java.util.Optional<String> sourceOf(DatasetInfo d) {
    String id = d.targetId().toLowerCase(Locale.US);
    if (FRED.contains(id)) {
      return java.util.Optional.of("fred");
    }
    if (id.startsWith("ff-")) {
      return java.util.Optional.of("french");
    }
    if (id.equals("shiller-datahub")) {
      return java.util.Optional.of("shiller");
    }
    if (id.startsWith("sec-")) {
      return java.util.Optional.of("sec");
    }
    if (d.kind() == DatasetKind.FUND_HOLDINGS
        && io.capshift.adapter.cli.fetch.Sources.isIsharesFund(d.targetId())) {
      return java.util.Optional.of("ishares");
    }
    return java.util.Optional.empty();
  }
}
