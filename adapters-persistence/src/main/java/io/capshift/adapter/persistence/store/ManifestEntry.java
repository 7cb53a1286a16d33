package io.capshift.adapter.persistence.store;

import io.capshift.application.port.in.DatasetInfo;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of the MANIFEST: a dataset's description, the file holding it, and that file's checksum
 * (so a valid but different file in its place is caught as well).
 *
 * @param info what the store reports about the dataset
 * @param fileName the file's name inside {@code datasets/}, never a path
 * @param fileCrc the CRC32C trailer of that file
 */
record ManifestEntry(DatasetInfo info, String fileName, int fileCrc) {
  /** Dataset file names the store writes; anything else (a path, "../x") is rejected on read. */
  static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,120}\\.csd");

  ManifestEntry {
    Objects.requireNonNull(info, "info");
    if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
      throw new IllegalArgumentException("not a dataset file name: " + fileName);
    }
  }
}
