package io.capshift.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.adapter.cli.line.CommandModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every option says what it is; every number also says its default (and so its unit). */
class HelpTextTest {
  private static final Set<Class<?>> NUMBERS =
      Set.of(double.class, Double.class, int.class, Integer.class, long.class, Long.class);

  @Test
  void everyOption_described_numbersWithTheirDefault() {
    List<String> missing = new ArrayList<>();
    List<CommandModel> models = CapshiftCli.models(HelpTextTest::create);
    for (CommandModel m : models) {
      for (CommandModel.OptionHelp o : m.optionHelp()) {
        String where = m.qualifiedName() + " " + o.name();
        String d = o.description().strip();
        if (d.isEmpty()) {
          missing.add(where + ": no description");
        } else if (NUMBERS.contains(o.type())
            && !d.toLowerCase(Locale.ROOT).contains("default")
            && !o.required()) {
          missing.add(where + ": a number without its default: " + d);
        }
        if (d.contains("${")) {
          missing.add(where + ": a placeholder left in: " + d);
        }
      }
    }
    assertThat(models).hasSize(21);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyCommandsHelp_fitsTheWidth() {
    for (CommandModel m : CapshiftCli.models(HelpTextTest::create)) {
      // wrapped to the width, apart from a name or a word longer than a line
      assertThat(m.usage("").lines())
          .as(m.qualifiedName())
          .allMatch(l -> l.length() <= 80 || !l.strip().contains(" "));
    }
  }

  @Test
  void help_showsValuesDefaultsAndRepeats() {
    var models = CapshiftCli.models(HelpTextTest::create);
    String choose = usageOf(models, "choose");
    assertThat(choose).contains("--funds=ID[,ID...]");
    assertThat(usageOf(models, "funds")).startsWith("Usage: capshift funds [OPTIONS] ID...\n");
    assertThat(usageOf(models, "serve"))
        .contains("--port=<port>")
        .contains("TCP port (default: 50051).");
    assertThat(usageOf(models, "event-study").replaceAll("\\s+", " "))
        .contains("Horizons in months (default: 3,6,12,18).");
  }

  private static String usageOf(List<CommandModel> models, String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().usage("");
  }

  @Test
  void topLevelHelp_listsEveryCommand() {
    String usage = CapshiftCli.usage();
    for (CommandModel m : CapshiftCli.models(HelpTextTest::create)) {
      assertThat(usage).contains("  " + m.name() + " ");
    }
    assertThat(usage).contains("Exit codes:");
  }

  /** Builds commands without a backend: only their help is read. */
  private static Object create(Class<?> type) {
    try {
      for (var c : type.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliBackend.class) {
          c.setAccessible(true);
          return c.newInstance((CliBackend) null);
        }
      }
      var c = type.getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
