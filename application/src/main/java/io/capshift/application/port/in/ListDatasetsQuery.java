package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import java.util.Objects;

/**
 * One page of the dataset list (AIP-158).
 *
 * @param pageSize at most this many; 0 means the default ({@value #DEFAULT_PAGE_SIZE}); values
 *     above {@value #MAX_PAGE_SIZE} are lowered to it
 * @param pageToken empty for the first page, else the token a previous page returned
 */
public record ListDatasetsQuery(int pageSize, String pageToken) {
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 1000;

  public ListDatasetsQuery {
    Objects.requireNonNull(pageToken, "pageToken");
    if (pageSize < 0) {
      throw InvalidInputException.of("page_size", "cannot be negative, got " + pageSize);
    }
    pageSize = pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
  }
}
