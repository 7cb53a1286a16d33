package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetPage;
import io.capshift.application.port.in.ListDatasetsQuery;
import io.capshift.application.port.in.ListDatasetsUseCase;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.InvalidInputException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Pages through the datasets in id order. The page token is the last id of the previous page, so a
 * page stays correct when datasets are added between calls.
 */
public final class ListDatasetsService implements ListDatasetsUseCase {
  private static final String TOKEN_PREFIX = "after:";
  private final DatasetRepository repository;

  @Inject
  public ListDatasetsService(DatasetRepository repository) {
    this.repository = repository;
  }

  @Override
  public DatasetPage listDatasets(ListDatasetsQuery query) {
    long version = repository.dataVersion();
    List<DatasetInfo> all = repository.list();
    String after = decode(query.pageToken());
    int from = 0;
    if (after != null) {
      while (from < all.size() && all.get(from).datasetId().compareTo(after) <= 0) {
        from++;
      }
    }
    int to = Math.min(all.size(), from + query.pageSize());
    List<DatasetInfo> page = all.subList(from, to);
    String next = to < all.size() ? encode(page.get(page.size() - 1).datasetId()) : "";
    return new DatasetPage(page, next, all.size(), version);
  }

  private static String encode(String lastId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((TOKEN_PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    if (token.isEmpty()) {
      return null;
    }
    try {
      String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (s.startsWith(TOKEN_PREFIX)) {
        return s.substring(TOKEN_PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw InvalidInputException.of("page_token", "is not a token returned by ListDatasets");
  }
}
