package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every numeric field of the API says its unit: in its name ({@code _bps}, {@code _usd}, {@code
 * _days}…) or in the first line of its comment (decimal, basis points, a multiple, a count,
 * standard deviations, or the unit a sibling field names).
 */
class ProtoUnitsTest {
  private static final Path PROTOS =
      Path.of("..", "proto", "src", "main", "proto", "capshift", "v1");
  private static final Pattern FIELD =
      Pattern.compile(
          "^\\s*(?:optional |repeated"
              + " )?(double|float|u?int32|u?int64|sint32|sint64|fixed32|fixed64)\\s+(\\w+)\\s*=");
  private static final Pattern SUFFIX =
      Pattern.compile("_(bps|usd|days|years|months|count|ms|bytes|rows|names|steps)$");
  private static final Pattern UNIT =
      Pattern.compile(
          "decimal|basis points|\\bbp\\b|USD|\\bdays?\\b|\\byears?\\b|\\bmonths?\\b|multiple"
              + "|\\bcount\\b|number of|how many|this many|ratio|fraction|share|percent|%"
              + "|standard deviations?|z-score|probabilit|25 bp steps|position in|\\bunit\\b"
              + "|version|bytes|names|constituents|seconds|points|\\bweight\\b|steps|calls|rows"
              + "|EPS|P/E|\\byield|\\brate\\b",
          Pattern.CASE_INSENSITIVE);

  @Test
  void everyNumericField_namesItsUnit() throws IOException {
    List<String> missing = new ArrayList<>();
    int fields = 0;
    try (Stream<Path> files = Files.list(PROTOS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".proto")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = FIELD.matcher(lines.get(i));
          if (!m.find()) {
            continue;
          }
          fields++;
          int j = i - 1;
          while (j >= 0 && lines.get(j).strip().startsWith("//")) {
            j--;
          }
          String first = j + 1 < i ? lines.get(j + 1).strip().substring(2).strip() : "";
          if (!SUFFIX.matcher(m.group(2)).find() && !UNIT.matcher(first).find()) {
            missing.add(f.getFileName() + " " + m.group(2) + ": " + first);
          }
        }
      }
    }
    assertThat(fields).isGreaterThan(100);
    assertThat(missing).isEmpty();
  }
}
