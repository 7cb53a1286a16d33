package io.capshift.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every option says what it is; every number also says its default (and so its unit). */
class HelpTextTest {
  private static final Set<Class<?>> NUMBERS =
      Set.of(double.class, Double.class, int.class, Integer.class, long.class, Long.class);

  @Test
  void everyOption_described_numbersWithTheirDefault() {
    CommandLine cli = CapshiftCli.model(new Factory());
    List<String> missing = new ArrayList<>();
    check(cli.getCommandSpec(), missing);
    assertThat(missing).isEmpty();
  }

  private static void check(CommandSpec spec, List<String> missing) {
    for (OptionSpec o : spec.options()) {
      if (o.usageHelp() || o.versionHelp()) {
        continue;
      }
      String d = String.join(" ", o.description()).strip();
      String where = spec.qualifiedName() + " " + o.longestName();
      if (d.isEmpty()) {
        missing.add(where + ": no description");
      } else if (NUMBERS.contains(o.type())
          && !d.toLowerCase(Locale.ROOT).contains("default")
          && !o.required()) {
        missing.add(where + ": a number without its default: " + d);
      }
    }
    spec.subcommands().values().forEach(c -> check(c.getCommandSpec(), missing));
  }

  /** Builds commands without a backend: only their help is read. */
  private static final class Factory implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (var c : type.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliBackend.class) {
          c.setAccessible(true);
          return type.cast(c.newInstance((CliBackend) null));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
