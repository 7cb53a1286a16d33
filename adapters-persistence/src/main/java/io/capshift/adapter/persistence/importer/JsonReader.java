package io.capshift.adapter.persistence.importer;

import io.capshift.domain.error.MalformedFileException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A strict JSON reader (RFC 8259) for the small JSON files capshift imports: it reads the whole
 * document into {@link Value}s that remember their line and column for error messages. A leading
 * byte-order mark is dropped; a repeated object key, a trailing comma, a comment, a non-JSON
 * literal ({@code NaN}, single quotes) and anything after the document are errors. The document is
 * bounded ({@link #MAX_BYTES}, {@link #MAX_DEPTH} levels) so a hostile file cannot exhaust memory
 * or stack.
 */
final class JsonReader {
  static final int MAX_BYTES = 4 << 20;
  static final int MAX_DEPTH = 64;

  /** A JSON null. */
  static final Object NULL = new Object();

  /**
   * One JSON value: a {@link String}, a {@link BigDecimal}, a {@link Boolean}, {@link #NULL}, a
   * {@code List<Value>} or an object ({@code List<Member>}).
   */
  record Value(Object value, long line, int column) {
    boolean isObject() {
      return value instanceof ObjectMembers;
    }

    boolean isArray() {
      return value instanceof List<?> && !isObject();
    }

    /** The members of an object; call only when {@link #isObject()}. */
    List<Member> members() {
      return (ObjectMembers) value;
    }

    /** The elements of an array; call only when {@link #isArray()}. */
    @SuppressWarnings("unchecked")
    List<Value> elements() {
      return (List<Value>) value;
    }

    /** The member called {@code name} of this object, if any. */
    Optional<Member> member(String name) {
      return members().stream().filter(m -> m.name().equals(name)).findFirst();
    }
  }

  /** One member of an object, placed at its key. */
  record Member(String name, long line, int column, Value value) {}

  private final String fileName;
  private char[] text;
  private int length;
  private int pos;
  private long line = 1;
  private int column = 1;

  private JsonReader(String fileName) {
    this.fileName = fileName;
  }

  /**
   * The JSON document in {@code content}.
   *
   * @throws MalformedFileException at the first byte or character that breaks the grammar
   */
  static Value read(InputStream content, String fileName) {
    JsonReader r = new JsonReader(fileName);
    r.decode(content);
    if (r.pos < r.length && r.text[r.pos] == '\uFEFF') {
      r.pos++;
    }
    r.skipSpace();
    Value v = r.value(0);
    r.skipSpace();
    if (r.pos < r.length) {
      throw r.malformed("expected the end of the file after the JSON document");
    }
    return v;
  }

  private void decode(InputStream content) {
    byte[] bytes;
    try {
      bytes = content.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new MalformedFileException(fileName, 0, 0, "cannot read the file: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new MalformedFileException(
          fileName, 0, 0, "a JSON file may hold at most " + MAX_BYTES + " bytes");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    text = out.array();
    length = out.position();
    if (result.isError()) {
      while (pos < length) {
        advance();
      }
      throw malformed("not UTF-8 text: invalid bytes here");
    }
  }

  private Value value(int depth) {
    if (depth == MAX_DEPTH) {
      throw malformed("JSON nested deeper than " + MAX_DEPTH + " levels");
    }
    if (pos == length) {
      throw malformed("expected a JSON value, found the end of the file");
    }
    long atLine = line;
    int atColumn = column;
    char c = text[pos];
    Object v;
    if (c == '{') {
      v = object(depth);
    } else if (c == '[') {
      v = array(depth);
    } else if (c == '"') {
      v = string();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v = number();
    } else if (literal("true")) {
      v = Boolean.TRUE;
    } else if (literal("false")) {
      v = Boolean.FALSE;
    } else if (literal("null")) {
      v = NULL;
    } else {
      throw malformed("expected a JSON value, found " + shown(c));
    }
    return new Value(v, atLine, atColumn);
  }

  private ObjectMembers object(int depth) {
    advance();
    ObjectMembers members = new ObjectMembers();
    Set<String> names = new HashSet<>();
    skipSpace();
    if (peekIs('}')) {
      advance();
      return members;
    }
    while (true) {
      skipSpace();
      if (!peekIs('"')) {
        throw malformed("expected a member name in double quotes");
      }
      long keyLine = line;
      int keyColumn = column;
      String name = string();
      if (!names.add(name)) {
        throw new MalformedFileException(
            fileName, keyLine, keyColumn, "member " + Text.quote(name) + " given twice");
      }
      skipSpace();
      expect(':');
      skipSpace();
      members.add(new Member(name, keyLine, keyColumn, value(depth + 1)));
      skipSpace();
      if (peekIs(',')) {
        advance();
        continue;
      }
      expect('}');
      return members;
    }
  }

  private List<Value> array(int depth) {
    advance();
    List<Value> elements = new ArrayList<>();
    skipSpace();
    if (peekIs(']')) {
      advance();
      return elements;
    }
    while (true) {
      skipSpace();
      elements.add(value(depth + 1));
      skipSpace();
      if (peekIs(',')) {
        advance();
        continue;
      }
      expect(']');
      return elements;
    }
  }

  private String string() {
    long openLine = line;
    int openColumn = column;
    advance();
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos == length) {
        throw new MalformedFileException(
            fileName, openLine, openColumn, "the string opened here is never closed");
      }
      char c = text[pos];
      if (c == '"') {
        advance();
        return sb.toString();
      }
      if (c < 0x20) {
        throw malformed("a control character inside a string must be escaped");
      }
      if (c != '\\') {
        sb.append(c);
        advance();
        continue;
      }
      advance();
      if (pos == length) {
        throw new MalformedFileException(
            fileName, openLine, openColumn, "the string opened here is never closed");
      }
      char e = text[pos];
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          sb.append(hex4());
          continue;
        }
        default -> throw malformed("unknown escape \\" + e);
      }
      advance();
    }
  }

  /** The four hex digits after {@code \\u}, consumed with the {@code u}. */
  private char hex4() {
    advance();
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = pos < length ? Character.digit(text[pos], 16) : -1;
      if (d < 0) {
        throw malformed("expected four hex digits after \\u");
      }
      v = v * 16 + d;
      advance();
    }
    return (char) v;
  }

  private BigDecimal number() {
    long atLine = line;
    int atColumn = column;
    int start = pos;
    if (peekIs('-')) {
      advance();
    }
    if (peekIs('0')) {
      advance();
    } else {
      digits("a digit");
    }
    if (peekIs('.')) {
      advance();
      digits("a digit after the decimal point");
    }
    if (peekIs('e') || peekIs('E')) {
      advance();
      if (peekIs('+') || peekIs('-')) {
        advance();
      }
      digits("a digit in the exponent");
    }
    String s = new String(text, start, pos - start);
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new MalformedFileException(
          fileName, atLine, atColumn, "number out of range: " + Text.quote(s));
    }
  }

  private void digits(String expected) {
    if (pos == length || !isDigit(text[pos])) {
      throw malformed("expected " + expected);
    }
    while (pos < length && isDigit(text[pos])) {
      advance();
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean literal(String word) {
    if (length - pos < word.length() || !new String(text, pos, word.length()).equals(word)) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      advance();
    }
    return true;
  }

  private void expect(char c) {
    if (!peekIs(c)) {
      throw malformed(
          "expected '"
              + c
              + "', found "
              + (pos == length ? "the end of the file" : shown(text[pos])));
    }
    advance();
  }

  private boolean peekIs(char c) {
    return pos < length && text[pos] == c;
  }

  private void skipSpace() {
    while (pos < length) {
      char c = text[pos];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      advance();
    }
  }

  private void advance() {
    char c = text[pos++];
    if (c == '\n' || (c == '\r' && !peekIs('\n'))) {
      line++;
      column = 1;
    } else if (c != '\r') {
      column++;
    }
  }

  private static String shown(char c) {
    return c < 0x20 ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }

  private MalformedFileException malformed(String problem) {
    return new MalformedFileException(fileName, line, column, problem);
  }

  /** The members of an object, told apart from an array's elements. */
  static final class ObjectMembers extends ArrayList<Member> {
    private static final long serialVersionUID = 1L;
  }
}
