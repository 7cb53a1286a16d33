package io.capshift.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One {@code ### Example} section of the README: its {@code ./capshift} command lines (from its
 * {@code sh} blocks) and the output blocks it prints (its plain fenced blocks).
 *
 * @param title the heading
 * @param lines the command lines as written, continuation lines joined, comments removed
 * @param outputs the plain fenced blocks, each as printed
 */
record ReadmeExample(String title, List<String> lines, List<String> outputs) {
  private static final String HEADING = "### Example";

  /** The examples of {@code readme}, in order. */
  static List<ReadmeExample> parse(String readme) {
    List<ReadmeExample> out = new ArrayList<>();
    String title = null;
    List<String> lines = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    String[] all = readme.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i];
      if (line.startsWith("#")) {
        if (title != null && !lines.isEmpty()) {
          out.add(new ReadmeExample(title, lines, outputs));
        }
        title = line.startsWith(HEADING) ? line.substring(4).strip() : null;
        lines = new ArrayList<>();
        outputs = new ArrayList<>();
      } else if (title != null && line.startsWith("```")) {
        boolean commands = line.strip().equals("```sh");
        StringBuilder block = new StringBuilder();
        for (i++; i < all.length && !all[i].startsWith("```"); i++) {
          block.append(all[i]).append('\n');
        }
        if (commands) {
          lines.addAll(commandLines(block.toString()));
        } else {
          outputs.add(block.toString());
        }
      }
    }
    if (title != null && !lines.isEmpty()) {
      out.add(new ReadmeExample(title, lines, outputs));
    }
    return out;
  }

  private static List<String> commandLines(String block) {
    List<String> out = new ArrayList<>();
    for (String line : block.replace("\\\n", " ").split("\n")) {
      int comment = line.indexOf(" #");
      String command = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (command.startsWith("./capshift ")) {
        out.add(command.substring("./capshift ".length()).replaceAll("\\s+", " "));
      }
    }
    return out;
  }

  /** A file-name-safe form of the title. */
  String slug() {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /**
   * The argument lists, with {@code ../shared/data} and {@code $D} pointing at {@code shared},
   * globs expanded as a shell would, and files the command writes put into {@code store}'s folder.
   */
  List<List<String>> commands(Path shared, Path store) {
    List<List<String>> out = new ArrayList<>();
    for (String line : lines) {
      List<String> args = new ArrayList<>();
      String[] words =
          line.replace("$D", shared.toString())
              .replace("../shared/data", shared.toString())
              .split(" ");
      for (int i = 0; i < words.length; i++) {
        String word = words[i];
        if (word.contains("*")) {
          args.addAll(glob(word));
        } else if (i > 0 && (words[i - 1].equals("--chart") || words[i - 1].equals("--html"))) {
          args.add(store.resolve(word).toString());
        } else {
          args.add(word);
        }
      }
      out.add(args);
    }
    return out;
  }

  private static List<String> glob(String pattern) {
    Path dir = Path.of(pattern).getParent();
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    try (Stream<Path> files = Files.list(dir)) {
      String[] found =
          files.filter(matcher::matches).map(Path::toString).sorted().toArray(String[]::new);
      return Arrays.asList(found);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
