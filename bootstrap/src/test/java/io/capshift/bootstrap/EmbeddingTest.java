package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM service embeds capshift through {@link Capshift#open} without gRPC, protobuf or the command
 * line on its class path: a child JVM whose class path lacks them opens a store, seeds it and runs
 * a use case.
 */
class EmbeddingTest {
  private static final Pattern SERVER_OR_CLI =
      Pattern.compile(
          ".*(grpc|netty|protobuf|proto-google|capshift-proto|adapters-grpc|adapters-cli"
              + "|proto/target|adapters-grpc/target|adapters-cli/target).*");

  @TempDir Path dir;

  @Test
  void capshiftOpen_withoutGrpcOrTheCli_answersFromTheStore() throws Exception {
    List<String> classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !SERVER_OR_CLI.matcher(entry).matches())
            .toList();
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                String.join(File.pathSeparator, classPath),
                Embedder.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(child.exitValue()).as(printed).isZero();
    assertThat(printed).contains("datasets 2");
    assertThat(classPath).noneMatch(e -> e.contains("grpc") || e.contains("adapters-cli"));
  }

  /**
   * The README's embedding example, as written: compiled against the class path without gRPC,
   * protobuf or the command line, then run in a JVM on it.
   */
  @Test
  void readmeExample_compiledAndRunWithoutGrpcOrTheCli() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("## Embedding");
    assertThat(section).as("README has an Embedding section").isPositive();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    String source = readme.substring(start, readme.indexOf("```", start));
    java.util.regex.Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
    assertThat(name.find()).isTrue();
    Path src = dir.resolve("src");
    Files.createDirectories(src);
    Files.writeString(src.resolve(name.group(1) + ".java"), source);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    List<String> classPath = withoutServerOrCli();

    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
    int compiled =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "--release",
            "17",
            "-cp",
            String.join(File.pathSeparator, classPath),
            "-d",
            classes.toString(),
            src.resolve(name.group(1) + ".java").toString());
    assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    List<String> runPath = new java.util.ArrayList<>(classPath);
    runPath.add(classes.toString());
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                String.join(File.pathSeparator, runPath),
                name.group(1),
                dir.resolve("store").toString())
            .redirectErrorStream(true)
            .start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(printed).isZero();
    // what the README says it prints
    assertThat(printed.strip()).isEqualTo("demo P/E 20.0 as of 2025-10-01 (data version 3)");
    assertThat(readme).contains("It prints `" + printed.strip() + "`");
  }

  private static List<String> withoutServerOrCli() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !SERVER_OR_CLI.matcher(entry).matches())
        .toList();
  }

  /** What an embedding service does; run in the child JVM. */
  static final class Embedder {
    private Embedder() {}

    public static void main(String[] args) {
      try (Capshift capshift = Capshift.open(Path.of(args[0]), Clock.systemUTC())) {
        capshift.seed().seedIfEmpty();
        long n =
            capshift
                .datasets()
                .listDatasets(new io.capshift.application.port.in.ListDatasetsQuery(10, ""))
                .totalSize();
        System.out.println("datasets " + n);
      }
    }
  }
}
