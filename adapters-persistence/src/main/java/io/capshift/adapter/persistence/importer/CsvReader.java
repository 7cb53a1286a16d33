package io.capshift.adapter.persistence.importer;

import io.capshift.domain.error.MalformedFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records from UTF-8 text, one at a time, remembering the line and column of every
 * field for error messages. A leading byte-order mark is dropped; lines may end in LF, CRLF or CR;
 * a quote inside an unquoted field is kept as text, as most readers do. Fields and records are
 * bounded so a hostile file cannot exhaust memory.
 */
final class CsvReader {
  static final int MAX_FIELD_CHARS = 1 << 20;
  static final int MAX_FIELDS = 10_000;
  private static final int EOF = -1;

  private final Reader in;
  private final String fileName;
  private final boolean commentLines;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private long line = 1;
  private int column = 1;

  /**
   * @param commentLines whether a line starting with '#' is a comment rather than a record
   */
  CsvReader(InputStream content, String fileName, boolean commentLines) {
    this.in =
        new InputStreamReader(
            content,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    this.fileName = fileName;
    this.commentLines = commentLines;
    if (peek() == '\uFEFF') {
      pos++;
    }
  }

  String fileName() {
    return fileName;
  }

  /** The next record, or null at the end of the file. */
  CsvRecord next() {
    if (peek() == EOF) {
      return null;
    }
    long start = line;
    if (commentLines && peek() == '#') {
      return comment(start);
    }
    List<String> fields = new ArrayList<>();
    List<long[]> places = new ArrayList<>();
    while (true) {
      if (fields.size() == MAX_FIELDS) {
        throw malformed(line, column, "more than " + MAX_FIELDS + " fields in one record");
      }
      places.add(new long[] {line, column});
      fields.add(peek() == '"' ? quoted() : unquoted());
      if (peek() != ',') {
        break;
      }
      read();
    }
    endLine();
    return record(start, fields, places);
  }

  /** A comment line: everything after its '#', read as text (quotes and commas included). */
  private CsvRecord comment(long start) {
    StringBuilder text = new StringBuilder();
    read();
    while (!atLineEnd()) {
      append(text, (char) read(), start, 1);
    }
    endLine();
    return new CsvRecord(start, List.of(), new long[0], new int[0], text.toString());
  }

  private String unquoted() {
    StringBuilder sb = new StringBuilder();
    long fieldLine = line;
    int fieldColumn = column;
    while (peek() != ',' && !atLineEnd()) {
      append(sb, (char) read(), fieldLine, fieldColumn);
    }
    return sb.toString();
  }

  private String quoted() {
    long openLine = line;
    int openColumn = column;
    read();
    StringBuilder sb = new StringBuilder();
    while (true) {
      int c = read();
      if (c == EOF) {
        throw malformed(openLine, openColumn, "the quoted field opened here is never closed");
      }
      if (c == '"') {
        if (peek() != '"') {
          break;
        }
        read();
      }
      append(sb, (char) c, openLine, openColumn);
    }
    if (peek() != ',' && !atLineEnd()) {
      throw malformed(
          line,
          column,
          "expected ',' or the end of the line after a closing quote, found '"
              + (char) peek()
              + "'");
    }
    return sb.toString();
  }

  private void append(StringBuilder sb, char c, long fieldLine, int fieldColumn) {
    if (sb.length() == MAX_FIELD_CHARS) {
      throw malformed(fieldLine, fieldColumn, "field longer than " + MAX_FIELD_CHARS + " chars");
    }
    sb.append(c);
  }

  private boolean atLineEnd() {
    int c = peek();
    return c == EOF || c == '\n' || c == '\r';
  }

  /** Consumes one line ending (LF, CRLF or CR), if any. */
  private void endLine() {
    if (peek() == '\r') {
      read();
    }
    if (peek() == '\n') {
      read();
    }
  }

  private int read() {
    int c = peek();
    if (c == EOF) {
      return EOF;
    }
    pos++;
    if (c == '\n' || (c == '\r' && peek() != '\n')) {
      line++;
      column = 1;
    } else if (c != '\r') {
      column++;
    }
    return c;
  }

  private int peek() {
    if (pos == limit && !fill()) {
      return EOF;
    }
    return buf[pos];
  }

  private boolean fill() {
    try {
      int n;
      do {
        n = in.read(buf, 0, buf.length);
      } while (n == 0);
      pos = 0;
      limit = Math.max(n, 0);
      return n > 0;
    } catch (CharacterCodingException e) {
      // The decoder reads ahead, so the bad bytes lie at or after the current line.
      throw malformed(line, 0, "not UTF-8 text: invalid bytes at or after this line");
    } catch (IOException e) {
      throw malformed(line, 0, "cannot read the file: " + e.getMessage());
    }
  }

  private static CsvRecord record(long start, List<String> fields, List<long[]> places) {
    long[] lines = new long[places.size()];
    int[] columns = new int[places.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = places.get(i)[0];
      columns[i] = (int) places.get(i)[1];
    }
    return new CsvRecord(start, List.copyOf(fields), lines, columns, null);
  }

  MalformedFileException malformed(long atLine, int atColumn, String problem) {
    return new MalformedFileException(fileName, atLine, atColumn, problem);
  }
}
