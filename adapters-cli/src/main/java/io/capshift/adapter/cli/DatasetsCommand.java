package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetPage;
import io.capshift.application.port.in.ListDatasetsQuery;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code capshift datasets}: what the store holds. */
@Command(name = "datasets", description = "List stored datasets.")
final class DatasetsCommand implements Callable<Integer> {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    try (UseCases capshift = store.open()) {
      DatasetPage all = all(capshift);
      format.print(out, store.backend(), all, () -> text(all));
    }
    return 0;
  }

  /** Every dataset of the store, all pages read, as one page. */
  static DatasetPage all(UseCases capshift) {
    List<DatasetInfo> datasets = new ArrayList<>();
    String token = "";
    DatasetPage page;
    do {
      page =
          capshift
              .datasets()
              .listDatasets(new ListDatasetsQuery(ListDatasetsQuery.MAX_PAGE_SIZE, token));
      datasets.addAll(page.datasets());
      token = page.nextPageToken();
    } while (!token.isEmpty());
    return new DatasetPage(datasets, "", datasets.size(), page.dataVersion());
  }

  private static String text(DatasetPage all) {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.US,
                "%-28s %-20s %-10s %8s %8s  %s%n",
                "DATASET",
                "KIND",
                "AS OF",
                "ROWS",
                "VERSION",
                "SOURCE"));
    for (DatasetInfo d : all.datasets()) {
      b.append(
          String.format(
              Locale.US,
              "%-28s %-20s %-10s %,8d %8d  %s%n",
              d.datasetId(),
              d.kind(),
              d.undated() ? "undated" : d.asOf(),
              d.rows(),
              d.version(),
              d.source()));
    }
    return b.toString();
  }
}
