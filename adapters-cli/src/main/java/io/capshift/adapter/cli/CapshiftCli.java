package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.BadValueException;
import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.CommandModel;
import io.capshift.adapter.cli.line.Converter;
import io.capshift.adapter.cli.line.Help;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.UsageException;
import io.capshift.application.port.Profile;
import io.capshift.domain.error.CapshiftException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The {@code capshift} command line. Commands print their answers to its output and progress to its
 * error stream, and open stores through the {@link CliBackend} they are given.
 *
 * <p>Its own small parser ({@link CommandModel}) reads the command line: a command runs for a
 * fraction of a second, and modelling it with a general-purpose library took longer than most
 * answers (docs/performance.md, "The command line").
 */
public final class CapshiftCli {
  /** Exit code for an answer the user's input or data prevented (not found, bad file…). */
  public static final int EXIT_FAILED = 1;

  /** Exit code for a command line that could not be read (an unknown option, a bad value). */
  public static final int EXIT_USAGE = 2;

  private static final String DESCRIPTION =
      "Should an investor rotate from large caps into small caps now, and how?";

  /** The commands in the order the usage lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          ServeCommand.class,
          ImportCommand.class,
          FetchCommand.class,
          UpdateCommand.class,
          DatasetsCommand.class,
          ValuationCommand.class,
          CompareCommand.class,
          HistoryCommand.class,
          EarningsCommand.class,
          FedWatchCommand.class,
          SensitivityCommand.class,
          FundCommand.class,
          FundsCommand.class,
          ChooseCommand.class,
          FlowsCommand.class,
          EventStudyCommand.class,
          BacktestCommand.class,
          ScenarioCommand.class,
          SignalCommand.class,
          ReportCommand.class,
          VerifyCommand.class);

  /** Converters by field type, where an option names none. */
  private static final Map<Class<?>, Converter<?>> CONVERTERS =
      Map.of(LocalDate.class, CapshiftCli::date);

  private static final String EXIT_CODES =
      "\nExit codes:\n"
          + Help.columns(
              List.of(
                  new String[] {
                    "  0", "answered (a report or fetch may still name sections or files it lacked)"
                  },
                  new String[] {
                    "  1",
                    "the data or an input prevented an answer: not found, a bad file, a failed"
                        + " download, a store in use"
                  },
                  new String[] {
                    "  2",
                    "the command line was wrong: an unknown option or a value that does not parse"
                  }));

  private CapshiftCli() {}

  /** Runs one command line on the process's standard output and error; returns its exit code. */
  public static int execute(CliBackend backend, String... args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return execute(backend, out, err, args);
  }

  /**
   * Runs one command line; returns its exit code.
   *
   * @param out where answers go
   * @param err where progress, warnings and errors go
   */
  public static int execute(CliBackend backend, PrintWriter out, PrintWriter err, String... args) {
    try {
      return run(new Factory(backend), out, err, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int run(Factory factory, PrintWriter out, PrintWriter err, String... args) {
    String first = args.length == 0 ? "--help" : args[0];
    switch (first) {
      case "-h", "--help" -> {
        out.print(usage());
        return 0;
      }
      case "-V", "--version" -> {
        out.println(version());
        return 0;
      }
      case "help" -> {
        if (args.length == 1) {
          out.print(usage());
          return 0;
        }
        return run(factory, out, err, args[1], "--help");
      }
      default -> {
        // a command is read below
      }
    }
    Class<?> named = named(first);
    if (named == null) {
      List<String> close = Help.closest(first, names());
      err.println(
          "capshift: "
              + (first.startsWith("-") ? "unknown option '" : "unknown command '")
              + first
              + "'"
              + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?"));
      err.println("see: capshift --help");
      return EXIT_USAGE;
    }
    long t = Profile.start();
    CommandModel model = model(named, factory);
    Profile.end("the command line's model", t);
    try {
      switch (model.parse(List.of(args).subList(1, args.length))) {
        case HELP -> {
          out.print(model.usage(EXIT_CODES));
          return 0;
        }
        case VERSION -> {
          out.println(version());
          return 0;
        }
        case RUN -> {
          return call(model, factory.backend, out, err, args);
        }
      }
      throw new IllegalStateException("unreachable");
    } catch (UsageException e) {
      // a wrong command line gets what was wrong and where to look, not the whole usage
      err.println("capshift: " + e.getMessage());
      err.println("see: " + model.qualifiedName() + " --help");
      return EXIT_USAGE;
    } catch (CapshiftException e) {
      // the user's own machine: the detail (their store's path, the I/O error) may be shown
      err.println("capshift: " + e.getMessage() + e.detail().map(d -> " (" + d + ")").orElse(""));
      return EXIT_FAILED;
    } catch (UncheckedIOException e) {
      err.println("capshift: " + e.getMessage());
      return EXIT_FAILED;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      if (e instanceof IOException) {
        err.println("capshift: " + e.getMessage());
        return EXIT_FAILED;
      }
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs a parsed command. A {@link Repeatable} one asked again of an unchanged store is given the
   * answer kept from its first run, if the backend keeps answers; an answer is kept only when the
   * command answered (exit 0), the store did not change while it ran and none of its files failed
   * to read. A kept answer prints its output, then what it said on the error stream.
   */
  private static int call(
      CommandModel model, CliBackend backend, PrintWriter out, PrintWriter err, String[] args)
      throws Exception {
    Optional<KeptAnswers> kept = backend.keptAnswers();
    Optional<StoreOption> store = model.mixin(StoreOption.class);
    if (kept.isEmpty()
        || store.isEmpty()
        || !(model.command() instanceof Repeatable r)
        || !r.onlyPrints()) {
      return call(model, out, err);
    }
    Path dir = store.get().dataDir();
    Optional<byte[]> before = backend.storeState(dir);
    if (before.isEmpty()) {
      // no store yet: the run creates and seeds one
      return call(model, out, err);
    }
    boolean dated = datedByToday(model);
    String today = dated ? LocalDate.now(backend.clock()).toString() : "-";
    KeptAnswers.Question q = kept.get().question(today, dir, List.of(args), before.get());
    long t = Profile.start();
    Optional<KeptAnswers.Answer> answer = kept.get().find(q);
    if (answer.isPresent()) {
      out.print(answer.get().out());
      err.print(answer.get().err());
      Profile.end("the answer kept from an earlier run (the store unchanged since)", t);
      return 0;
    }
    StringWriter printed = new StringWriter();
    StringWriter said = new StringWriter();
    PrintWriter teeOut = new PrintWriter(new Tee(out, printed), true);
    PrintWriter teeErr = new PrintWriter(new Tee(err, said), true);
    long failures = backend.storeReadFailures();
    int code = call(model, teeOut, teeErr);
    teeOut.flush();
    teeErr.flush();
    // kept only as the store's answer on the day asked: no write landed while it ran, no file
    // failed to read (a component left out for a passing I/O error), and midnight did not pass
    if (code == 0
        && Arrays.equals(before.get(), backend.storeState(dir).orElse(null))
        && backend.storeReadFailures() == failures
        && (!dated || today.equals(LocalDate.now(backend.clock()).toString()))) {
      t = Profile.start();
      kept.get().keep(q, new KeptAnswers.Answer(printed.toString(), said.toString()));
      Profile.end("keeping the answer for the same question", t);
    }
    return code;
  }

  /**
   * Whether the command's answer may depend on today: unless the command line gives its date (the
   * date costs a cold process ~10 ms of time-zone rules, so it is read only when needed).
   */
  private static boolean datedByToday(CommandModel model) {
    return model
        .mixin(AsOfOption.class)
        .map(o -> !o.given())
        .or(() -> model.mixin(CallDateOption.class).map(o -> !o.given()))
        .orElse(true);
  }

  private static int call(CommandModel model, PrintWriter out, PrintWriter err) throws Exception {
    model.inject(new Invocation(out, err, model.qualifiedName()));
    return ((Callable<?>) model.command()).call() instanceof Integer code ? code : 0;
  }

  /** Writes to two writers: the stream a user reads, and a copy to keep. */
  private static final class Tee extends Writer {
    private final Writer shown;
    private final Writer copy;

    Tee(Writer shown, Writer copy) {
      this.shown = shown;
      this.copy = copy;
    }

    @Override
    public void write(char[] c, int off, int len) throws IOException {
      shown.write(c, off, len);
      copy.write(c, off, len);
    }

    @Override
    public void flush() throws IOException {
      shown.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** The model of one command, its object built by {@code factory}. */
  static CommandModel model(Class<?> command, CommandModel.Factory factory) {
    return CommandModel.of(command, "capshift", factory, CONVERTERS);
  }

  /** Every command's model, for checks of the help text. */
  static List<CommandModel> models(CommandModel.Factory factory) {
    return COMMANDS.stream().map(c -> model(c, factory)).toList();
  }

  /** The command named {@code arg}, or null. */
  private static Class<?> named(String arg) {
    for (Class<?> c : COMMANDS) {
      if (c.getAnnotation(Command.class).name().equals(arg)) {
        return c;
      }
    }
    return null;
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Class<?> c : COMMANDS) {
      names.add(c.getAnnotation(Command.class).name());
    }
    return names;
  }

  /** The top-level help: what capshift does and its commands. */
  static String usage() {
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"  help", "Display help information about the specified command."});
    for (Class<?> c : COMMANDS) {
      Command command = c.getAnnotation(Command.class);
      commands.add(new String[] {"  " + command.name(), command.description()[0]});
    }
    return "Usage: capshift [-hV] [COMMAND]\n"
        + DESCRIPTION
        + "\n\n"
        + Help.columns(
            List.of(
                new String[] {"  -h, --help", "Show this help message and exit."},
                new String[] {"  -V, --version", "Print version information and exit."}))
        + "\nCommands:\n"
        + Help.columns(commands)
        + EXIT_CODES;
  }

  /** A date option's value, or one line saying it is not a date. */
  static LocalDate date(String value) {
    return io.capshift.domain.common.IsoDates.parse(value.strip())
        .orElseThrow(() -> new BadValueException(value + " is not a date (YYYY-MM-DD)"));
  }

  /** The version from the jar manifest, or "dev" when run from classes. */
  static String version() {
    String v = CapshiftCli.class.getPackage().getImplementationVersion();
    return "capshift " + (v == null ? "dev" : v);
  }

  /** Builds commands and mixins, giving the backend to those that take it. */
  private static final class Factory implements CommandModel.Factory {
    private final CliBackend backend;

    Factory(CliBackend backend) {
      this.backend = backend;
    }

    @Override
    public Object create(Class<?> type) {
      try {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
          if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliBackend.class) {
            c.setAccessible(true);
            return c.newInstance(backend);
          }
        }
        Constructor<?> c = type.getDeclaredConstructor();
        c.setAccessible(true);
        return c.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create " + type.getName(), e);
      }
    }
  }
}
