package io.capshift.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers kept between runs: given only for the same question of the same store, whole. */
class KeptAnswersTest {
  @TempDir Path dir;

  private static final byte[] STATE = "manifest v7".getBytes(StandardCharsets.US_ASCII);
  private static final KeptAnswers.Answer ANSWER =
      new KeptAnswers.Answer("IWM 17.38\nü\n", "warning: one stale input\n");

  private KeptAnswers kept() {
    return new KeptAnswers(dir.resolve("answers"), "build-1", true, java.time.Clock.systemUTC());
  }

  private static KeptAnswers.Question question(KeptAnswers k, byte[] state, String... args) {
    return k.question("2026-03-04", Path.of("/store"), List.of(args), state);
  }

  @Test
  void find_theSameQuestionOfTheSameStore_givesWhatWasPrinted() {
    KeptAnswers k = kept();
    KeptAnswers.Question q = question(k, STATE, "signal", "--as-of", "2025-11-03");
    assertThat(k.find(q)).isEmpty();

    k.keep(q, ANSWER);

    assertThat(kept().find(question(kept(), STATE.clone(), "signal", "--as-of", "2025-11-03")))
        .contains(ANSWER);
  }

  @Test
  void find_anotherStoreStateCommandLineDayFolderOrBuild_givesNothing() {
    KeptAnswers k = kept();
    k.keep(question(k, STATE, "signal"), ANSWER);

    byte[] written = "manifest v8".getBytes(StandardCharsets.US_ASCII);
    assertThat(k.find(question(k, written, "signal"))).isEmpty();
    assertThat(k.find(question(k, STATE, "signal", "--format", "json"))).isEmpty();
    assertThat(k.find(k.question("2026-03-05", Path.of("/store"), List.of("signal"), STATE)))
        .isEmpty();
    assertThat(k.find(k.question("2026-03-04", Path.of("/other"), List.of("signal"), STATE)))
        .isEmpty();
    KeptAnswers rebuilt =
        new KeptAnswers(dir.resolve("answers"), "build-2", true, java.time.Clock.systemUTC());
    assertThat(rebuilt.find(question(rebuilt, STATE, "signal"))).isEmpty();
  }

  @Test
  void find_noReplay_computesEveryAnswerButStillKeeps() {
    KeptAnswers recording =
        new KeptAnswers(dir.resolve("answers"), "build-1", false, java.time.Clock.systemUTC());
    KeptAnswers.Question q = question(recording, STATE, "report");

    recording.keep(q, ANSWER);

    assertThat(recording.find(q)).isEmpty();
    assertThat(kept().find(q)).contains(ANSWER);
  }

  @Test
  void find_aFileCutShortOrWithAByteChanged_givesNothing() throws IOException {
    KeptAnswers k = kept();
    KeptAnswers.Question q = question(k, STATE, "report");
    k.keep(q, ANSWER);
    Path file = k.file(q);
    byte[] whole = Files.readAllBytes(file);

    for (int at : new int[] {0, 9, whole.length / 2, whole.length - 1}) {
      byte[] bad = whole.clone();
      bad[at] ^= 0x20;
      Files.write(file, bad);
      assertThat(k.find(q)).as("byte %d changed", at).isEmpty();
    }
    for (int length : new int[] {0, 3, whole.length - 1}) {
      Files.write(file, java.util.Arrays.copyOf(whole, length));
      assertThat(k.find(q)).as("cut to %d bytes", length).isEmpty();
    }
    Files.write(file, whole);
    assertThat(k.find(q)).contains(ANSWER);
  }

  /** Two questions whose files share a name (the name is two checksums) are told apart inside. */
  @Test
  void find_anotherQuestionsFileUnderThisName_givesNothing() throws IOException {
    KeptAnswers k = kept();
    KeptAnswers.Question asked = question(k, STATE, "report");
    KeptAnswers.Question other = question(k, STATE, "signal");
    k.keep(other, ANSWER);

    Files.move(k.file(other), k.file(asked));

    assertThat(k.find(asked)).isEmpty();
  }

  @Test
  void keep_pastTheMost_dropsTheLeastRecentlyUsed() throws IOException {
    KeptAnswers k = kept();
    KeptAnswers.Question first = question(k, STATE, "q0");
    k.keep(first, ANSWER);
    for (int i = 1; i < KeptAnswers.MOST; i++) {
      k.keep(question(k, STATE, "q" + i), ANSWER);
    }
    // every file but the first looks a day old; the first is read now, so it is the newest
    try (Stream<Path> files = Files.list(dir.resolve("answers"))) {
      for (Path p : files.toList()) {
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - 86_400_000L));
      }
    }
    assertThat(k.find(first)).contains(ANSWER);
    assertThat(count()).isEqualTo(KeptAnswers.MOST);

    k.keep(question(k, STATE, "one more"), ANSWER);

    assertThat(count()).isEqualTo(KeptAnswers.AFTER_TRIM);
    assertThat(k.find(first)).contains(ANSWER);
    assertThat(k.find(question(k, STATE, "one more"))).contains(ANSWER);
  }

  @Test
  void keep_removesWhatAWriterStoppedMidWayLeftOverAnHourAgo() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    Path old = Files.writeString(answers.resolve("00000000000000aa.answer.41.tmp"), "half");
    Path recent = Files.writeString(answers.resolve("00000000000000bb.answer.42.tmp"), "half");
    Files.setLastModifiedTime(
        old, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000L));

    kept().keep(question(kept(), STATE, "report"), ANSWER);

    assertThat(old).doesNotExist();
    assertThat(recent).exists();
  }

  @Test
  void keep_aFolderThatCannotBeWritten_keepsNothingAndDoesNotFail() throws IOException {
    Path blocked = Files.writeString(dir.resolve("a-file"), "not a folder");
    KeptAnswers k =
        new KeptAnswers(blocked.resolve("answers"), "build-1", true, java.time.Clock.systemUTC());
    KeptAnswers.Question q = question(k, STATE, "report");

    k.keep(q, ANSWER);

    assertThat(k.find(q)).isEmpty();
  }

  private long count() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("answers"))) {
      return files.filter(p -> p.toString().endsWith(".answer")).count();
    }
  }
}
