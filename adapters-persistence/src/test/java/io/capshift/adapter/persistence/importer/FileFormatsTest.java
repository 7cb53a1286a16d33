package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.ImportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The registry of file formats is the one list: every format name has exactly one reader, and the
 * documentation's table lists the same names. A new format touches these files:
 *
 * <ol>
 *   <li>{@code application/.../port/in/ImportFormat.java}: its name;
 *   <li>{@code proto/.../capshift/v1/data_service.proto}: {@code IMPORT_FORMAT_<name>} (the gRPC
 *       mapping goes by name; {@code ImportFormatMappingTest} proves the two enums agree);
 *   <li>its reader in {@code adapters-persistence/.../importer/}, declaring its {@code FORMAT}:
 *       detection, comment lines, how it is read (plus the reader's own tests);
 *   <li>{@code FileFormats.java}: one line, where detection should try it;
 *   <li>{@code docs/data-formats.md}: its row in the table.
 * </ol>
 *
 * The parser, the detector, the CLI's {@code --kind} help and the gRPC mapping need no change.
 */
class FileFormatsTest {
  private static final Path DOCS = Path.of("..", "docs", "data-formats.md");
  private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\|");

  @Test
  void all_everyFormatNameHasExactlyOneReader() {
    List<ImportFormat> named = FileFormats.ALL.stream().map(FileFormat::name).toList();

    assertThat(named).doesNotHaveDuplicates();
    assertThat(named)
        .containsExactlyInAnyOrder(
            Arrays.stream(ImportFormat.values())
                .filter(f -> f != ImportFormat.AUTO)
                .toArray(ImportFormat[]::new));
    assertThat(Arrays.stream(ImportFormat.values()).filter(f -> f != ImportFormat.AUTO))
        .allSatisfy(f -> assertThat(FileFormats.of(f).name()).isEqualTo(f));
  }

  @Test
  void docsFormatTable_listsTheFormatsOfTheRegistry() throws IOException {
    List<String> documented = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(DOCS)) {
      inTable = inTable ? line.startsWith("|") : line.startsWith("| format |");
      Matcher m = TABLE_ROW.matcher(line);
      if (inTable && m.find()) {
        documented.add(m.group(1));
      }
    }

    assertThat(documented)
        .containsExactlyInAnyOrderElementsOf(
            FileFormats.ALL.stream()
                .map(f -> f.name().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .toList());
  }

  /** Only capshift's own formats have comment lines; a publisher's '#' line is a record. */
  @Test
  void commentLines_exactlyInCapshiftsOwnFormats() {
    assertThat(FileFormats.ALL)
        .allSatisfy(
            f ->
                assertThat(f.commentLines())
                    .as(f.name().name())
                    .isEqualTo(f.name().name().startsWith("CAPSHIFT_")));
  }
}
