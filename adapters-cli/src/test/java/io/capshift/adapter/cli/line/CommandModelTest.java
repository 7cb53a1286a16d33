package io.capshift.adapter.cli.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandModelTest {
  /** A mixin, as commands share {@code --data}. */
  static final class Store {
    @Option(names = "--data", paramLabel = "DIR", description = "Store directory.")
    Path data;
  }

  @Command(name = "demo", description = "A demo command%nover two lines, 5%% of it.")
  static final class Demo {
    @Spec Invocation spec;

    @Mixin Store store;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "A date.")
    LocalDate asOf;

    @Option(names = "--flag", description = "A flag.")
    boolean flag;

    @Option(names = "--count", paramLabel = "N", description = "Count (default: ${DEFAULT-VALUE}).")
    int count = 12;

    @Option(
        names = "--horizons",
        split = ",",
        paramLabel = "M,...",
        description = "Months (default: ${DEFAULT-VALUE}).")
    List<Integer> horizons = List.of(3, 6);

    @Option(names = "--weights", split = ",", paramLabel = "K=W", description = "Weights.")
    Map<String, Double> weights = new LinkedHashMap<>();

    @Option(
        names = "--mode",
        defaultValue = "old",
        converter = Mode.class,
        completionCandidates = Modes.class,
        description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--moves", split = ",", paramLabel = "BP", description = "Moves, bp.")
    List<Double> moves;

    @Parameters(arity = "0..2", paramLabel = "NAME", description = "Names.")
    List<String> names = new ArrayList<>();

    @Option(names = "--color", paramLabel = "C", description = "An enum.")
    java.time.DayOfWeek day;

    @Option(names = "--ids", split = ",", paramLabel = "ID", description = "Ids.")
    List<String> ids;
  }

  static final class Mode implements Converter<String> {
    @Override
    public String convert(String argument) {
      if (!argument.equals("old") && !argument.equals("new")) {
        throw new BadValueException("must be old or new, got '" + argument + "'");
      }
      return argument.toUpperCase(java.util.Locale.ROOT);
    }
  }

  static final class Modes extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Modes() {
      super(List.of("old", "new"));
    }
  }

  @Command(name = "needs", description = "Needs an id.")
  static final class Needs {
    @Option(names = "--id", required = true, paramLabel = "ID", description = "The id.")
    String id;

    @Parameters(paramLabel = "SERIES", description = "A series.")
    String series;
  }

  private static final Map<Class<?>, Converter<?>> DATES =
      Map.of(LocalDate.class, (Converter<LocalDate>) LocalDate::parse);

  private static CommandModel model(Class<?> type) {
    return CommandModel.of(type, "capshift", CommandModelTest::create, DATES);
  }

  private static Object create(Class<?> type) {
    try {
      var c = type.getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Demo parsed(String... args) {
    CommandModel m = model(Demo.class);
    assertThat(m.parse(List.of(args))).isEqualTo(CommandModel.Request.RUN);
    return (Demo) m.command();
  }

  @Test
  void options_takeTheirValueBesideOrAfterAnEqualsSign() {
    Demo d = parsed("--as-of", "2025-11-03", "--data=/tmp/s", "--flag", "--count=3");
    assertThat(d.asOf).isEqualTo(LocalDate.of(2025, 11, 3));
    assertThat(d.store.data).isEqualTo(Path.of("/tmp/s"));
    assertThat(d.flag).isTrue();
    assertThat(d.count).isEqualTo(3);
  }

  @Test
  void leftOut_keepsTheInitialValueOrTakesTheDefault() {
    Demo d = parsed();
    assertThat(d.count).isEqualTo(12);
    assertThat(d.horizons).containsExactly(3, 6);
    assertThat(d.mode).isEqualTo("OLD"); // the default, through the option's converter
    assertThat(d.asOf).isNull();
    assertThat(d.flag).isFalse();
  }

  @Test
  void lists_replaceTheirDefault_splitAndRepeat() {
    Demo d = parsed("--horizons", "1,2", "--horizons=24");
    assertThat(d.horizons).containsExactly(1, 2, 24);
  }

  @Test
  void aValue_mayBeginWithADash() {
    assertThat(parsed("--moves", "-25,-25").moves).containsExactly(-25.0, -25.0);
  }

  @Test
  void maps_takeKeyEqualsValue() {
    assertThat(parsed("--weights", "momentum=2,policy=0.5").weights)
        .containsExactly(Map.entry("momentum", 2.0), Map.entry("policy", 0.5));
    assertThatThrownBy(() -> parsed("--weights", "momentum"))
        .isInstanceOf(UsageException.class)
        .hasMessage("invalid value for --weights: 'momentum' is not KEY=VALUE");
  }

  @Test
  void arguments_fillTheParameters_andAfterTwoDashesAreNeverOptions() {
    assertThat(parsed("a", "--flag", "b").names).containsExactly("a", "b");
    assertThat(parsed("--", "--flag").names).containsExactly("--flag");
    assertThatThrownBy(() -> parsed("a", "b", "c"))
        .isInstanceOf(UsageException.class)
        .hasMessage("unexpected argument 'c': too many");
  }

  @Test
  void helpAndVersion_anywhereBeforeTwoDashes() {
    assertThat(model(Demo.class).parse(List.of("--as-of", "x", "-h")))
        .isEqualTo(CommandModel.Request.HELP);
    assertThat(model(Demo.class).parse(List.of("--version")))
        .isEqualTo(CommandModel.Request.VERSION);
    assertThat(model(Demo.class).parse(List.of("--", "-h"))).isEqualTo(CommandModel.Request.RUN);
  }

  @Test
  void wrongCommandLines_sayWhatIsWrong() {
    assertThatThrownBy(() -> parsed("--as-off", "2025-01-01"))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown option '--as-off'; did you mean --as-of?");
    assertThatThrownBy(() -> parsed("--as-of")).hasMessage("--as-of needs a value (YYYY-MM-DD)");
    assertThatThrownBy(() -> parsed("--as-of", "--flag"))
        .hasMessage("--as-of needs a value (YYYY-MM-DD)");
    assertThatThrownBy(() -> parsed("--count", "x"))
        .hasMessage("invalid value for --count: 'x' is not a whole number");
    assertThatThrownBy(() -> parsed("--moves", "NaN"))
        .hasMessage("invalid value for --moves: 'NaN' is not a finite number");
    assertThatThrownBy(() -> parsed("--count", "1", "--count", "2"))
        .hasMessage("--count is given more than once");
    assertThatThrownBy(() -> parsed("--mode", "mid"))
        .hasMessage("invalid value for --mode: must be old or new, got 'mid'");
  }

  @Test
  void requiredOptionsAndParameters_areMissedByName() {
    CommandModel m = model(Needs.class);
    assertThatThrownBy(() -> m.parse(List.of("s"))).hasMessage("missing --id=ID");
    assertThatThrownBy(() -> model(Needs.class).parse(List.of("--id", "x")))
        .hasMessage("missing SERIES");
    CommandModel ok = model(Needs.class);
    ok.parse(List.of("s", "--id", "x"));
    assertThat(((Needs) ok.command()).series).isEqualTo("s");
  }

  @Test
  void spec_isGivenTheRunsStreams() {
    CommandModel m = model(Demo.class);
    m.parse(List.of());
    var out = new java.io.PrintWriter(new java.io.StringWriter());
    m.inject(new Invocation(out, out, m.qualifiedName()));
    assertThat(((Demo) m.command()).spec.qualifiedName()).isEqualTo("capshift demo");
  }

  @Test
  void usage_namesEveryOptionWithDefaultsAndCandidates() {
    String usage = model(Demo.class).usage("");
    assertThat(usage)
        .startsWith(
            "Usage: capshift demo [OPTIONS] [NAME...]\nA demo command\nover two lines, 5% of it.")
        .contains("--count=N")
        .contains("Count (default: 12).")
        .contains("Months (default: 3,6).")
        .contains("One of old, new (default: old).")
        .contains("--data=DIR")
        .contains("  -h, --help");
    assertThat(model(Needs.class).usage(""))
        .startsWith("Usage: capshift needs [OPTIONS] --id=ID SERIES");
  }

  @Test
  void help_wrapsAtSpacesAndSuggestsCloseNames() {
    assertThat(Help.wrap("aa bb cc", 5)).containsExactly("aa bb", "cc");
    assertThat(Help.columns(List.<String[]>of(new String[] {"  -x", "one two"})))
        .isEqualTo("  -x  one two\n");
    assertThat(Help.closest("fedwach", List.of("fedwatch", "fund", "flows")))
        .containsExactly("fedwatch");
    assertThat(Help.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void flags_takeTrueOrFalseAfterAnEqualsSign() {
    assertThat(parsed("--flag=false").flag).isFalse();
    assertThat(parsed("--flag=TRUE").flag).isTrue();
    assertThatThrownBy(() -> parsed("--flag=yes")).hasMessage("--flag is true or false, got 'yes'");
  }

  @Test
  void twoDashes_areNeverAnOptionsValue() {
    assertThatThrownBy(() -> parsed("--as-of", "--"))
        .hasMessage("--as-of needs a value (YYYY-MM-DD)");
    assertThat(parsed("--", "-h").names).containsExactly("-h");
  }

  @Test
  void aTrailingSeparator_isDropped_anEmptyPieceBetweenIsNot() {
    assertThat(parsed("--moves", "-25,").moves).containsExactly(-25.0);
    assertThatThrownBy(() -> parsed("--moves", "1,,2"))
        .hasMessage("invalid value for --moves: '' is not a number");
  }

  @Test
  void enumsAndPaths_convertByType() {
    assertThat(parsed("--color", "monday").day).isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThatThrownBy(() -> parsed("--color", "someday"))
        .hasMessageStartingWith("invalid value for --color: 'someday' is none of monday, tuesday");
    assertThat(parsed("--data", "a/b").store.data).isEqualTo(Path.of("a/b"));
    assertThatThrownBy(() -> parsed("--data", "a\0b"))
        .hasMessageStartingWith("invalid value for --data: 'a");
  }

  @Test
  void aModel_readsOneCommandLine() {
    CommandModel m = model(Demo.class);
    m.parse(List.of());
    assertThatThrownBy(() -> m.parse(List.of())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRightNameWithAValueItCannotTake_isNotSuggestedBack() {
    assertThatThrownBy(() -> parsed("--help=x")).hasMessage("unknown option '--help'");
  }

  @Test
  void usage_showsHowAListRepeats() {
    String usage = model(Demo.class).usage("");
    assertThat(usage)
        .contains("--ids=ID[,ID...]")
        .contains("--horizons=M,...  ")
        .contains("[NAME...]");
    assertThat(Help.paragraphs(new String[] {"5%%n and%nmore %% %x"}))
        .isEqualTo("5%n and\nmore % %x");
  }
}
