package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples, run as written: every {@code ./capshift} command of each {@code ###
 * Example} section, on a fresh store per section, with standard output compared to the golden
 * transcript in {@code src/test/resources/readme/}. Each line of an output block the README prints
 * in that section must appear in the transcript, in the block's order (the README may leave lines
 * out).
 *
 * <p>A change that moves any printed figure fails here. When the change is meant, rerun with {@code
 * -Dcapshift.golden.update=true} to rewrite the transcripts, and read their diff.
 */
class ReadmeExamplesTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "readme");
  private static final boolean UPDATE = Boolean.getBoolean("capshift.golden.update");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> readmeExamples_runAsWritten_printTheirGoldenTranscripts() throws IOException {
    Optional<Path> shared = SharedData.root();
    assumeTrue(
        shared.isPresent(),
        "../shared/data not found beside the checkout: README examples" + " skipped");
    List<ReadmeExample> examples = ReadmeExample.parse(Files.readString(README));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
    return examples.stream()
        .map(e -> DynamicTest.dynamicTest(e.title(), () -> check(e, shared.get())));
  }

  private void check(ReadmeExample example, Path shared) throws IOException {
    Path store = Files.createDirectory(temp.resolve(example.slug()));
    StringBuilder transcript = new StringBuilder();
    for (List<String> command : example.commands(shared, store)) {
      transcript.append("$ ./capshift ").append(String.join(" ", command)).append('\n');
      transcript.append(run(command, store));
    }
    String text = normalise(transcript.toString(), shared, store);
    Path golden = GOLDEN.resolve(example.slug() + ".txt");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, text);
    }
    assertThat(golden)
        .as("golden transcript; create it with -Dcapshift.golden.update=true")
        .exists();
    assertThat(text).isEqualTo(Files.readString(golden));
    for (String printed : example.outputs()) {
      assertThat(missingLines(printed, text))
          .as("lines of a README output block of '%s' not printed in that order", example.title())
          .isEmpty();
    }
  }

  /**
   * The lines of {@code block} (the README may leave lines out) that do not appear in {@code text}
   * in the block's order.
   */
  private static List<String> missingLines(String block, String text) {
    List<String> printed = List.of(text.split("\n"));
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (String line : block.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int found = printed.subList(at, printed.size()).indexOf(line);
      if (found < 0) {
        missing.add(line);
      } else {
        at += found + 1;
      }
    }
    return missing;
  }

  /** Runs one command line in-process; its output, with the exit code if not 0. */
  private static String run(List<String> args, Path store) {
    List<String> all = new ArrayList<>(args);
    all.add("--data");
    all.add(store.toString());
    Cli.Run r = Cli.run(all.toArray(String[]::new));
    return r.code() == 0 ? r.out() : r.out() + "[exit " + r.code() + "]\n";
  }

  /** The paths of this machine and today's date become placeholders. */
  private static String normalise(String text, Path shared, Path store) {
    return text.replace(shared.toString(), "../shared/data")
        .replace(store.toString(), "$STORE")
        .replace(LocalDate.now(InProcessCapshift.CLOCK).toString(), "$TODAY");
  }
}
