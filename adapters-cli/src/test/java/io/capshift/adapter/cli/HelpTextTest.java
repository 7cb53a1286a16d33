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
  void everyCommand_hasHelpThatNamesItsOptions() {
    for (CommandModel m : CapshiftCli.models(HelpTextTest::create)) {
      String usage = m.usage("");
      assertThat(usage).startsWith("Usage: " + m.qualifiedName() + " [OPTIONS]");
      // the description, wrapped: the same words in the same order
      assertThat(usage.replaceAll("\\s+", " ")).contains(m.description().replaceAll("\\s+", " "));
      for (CommandModel.OptionHelp o : m.optionHelp()) {
        assertThat(usage).as(m.qualifiedName()).contains(o.name());
      }
      // wrapped to the width, apart from a name or a word longer than a line
      assertThat(usage.lines()).allMatch(l -> l.length() <= 80 || !l.strip().contains(" "));
    }
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
