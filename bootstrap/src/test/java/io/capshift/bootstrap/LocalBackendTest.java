package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What names a build for answers kept between runs: its jar's central directory. */
class LocalBackendTest {
  @TempDir Path dir;

  private Path jar(String name, String classBytes) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry = new ZipEntry("io/capshift/A.class");
      entry.setTime(315_532_800_000L); // the same time in every jar: only the content differs
      zip.putNextEntry(entry);
      zip.write(classBytes.getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return jar;
  }

  @Test
  void directoryChecksum_sameEntries_same_oneClassChangedAtTheSameSize_another() throws Exception {
    long built = LocalBackend.directoryChecksum(jar("a.jar", "version 1"));

    assertThat(LocalBackend.directoryChecksum(jar("b.jar", "version 1"))).isEqualTo(built);
    assertThat(Files.size(dir.resolve("a.jar"))).isEqualTo(Files.size(jar("c.jar", "version 2")));
    assertThat(LocalBackend.directoryChecksum(dir.resolve("c.jar"))).isNotEqualTo(built);
  }

  @Test
  void directoryChecksum_notAJar_refused() throws Exception {
    Path text =
        Files.writeString(dir.resolve("x.jar"), "not a zip file at all, though long enough");

    assertThatThrownBy(() -> LocalBackend.directoryChecksum(text))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no zip end record");
  }
}
