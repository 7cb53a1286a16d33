package io.capshift.application.port.out;

/** Reads a publisher's file into datasets; implemented by the persistence adapter. */
public interface DatasetFileParser {

  /**
   * Reads {@code source} in its declared format, or detects it when the format is {@code AUTO}.
   *
   * @throws io.capshift.domain.error.MalformedFileException if the bytes are not that format,
   *     naming the line and column
   * @throws io.capshift.domain.error.InvalidInputException if the request cannot apply to the file
   *     (e.g. the format cannot be detected)
   */
  ParseResult parse(ImportSource source);
}
