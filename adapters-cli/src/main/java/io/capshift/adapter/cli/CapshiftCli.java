package io.capshift.adapter.cli;

import io.capshift.application.port.Profile;
import io.capshift.domain.error.CapshiftException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code capshift} command line. Commands print their answers to its output and progress to its
 * error stream, and open stores through the {@link CliBackend} they are given.
 */
@Command(
    name = "capshift",
    mixinStandardHelpOptions = true,
    versionProvider = CapshiftCli.Version.class,
    description = "Should an investor rotate from large caps into small caps now, and how?")
public final class CapshiftCli implements Runnable {
  /** Exit code for an answer the user's input or data prevented (not found, bad file…). */
  public static final int EXIT_FAILED = 1;

  /** The commands in the order the usage lists them. */
  private static final java.util.List<Class<?>> COMMANDS =
      java.util.List.of(
          CommandLine.HelpCommand.class,
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  CapshiftCli() {}

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
    long t = Profile.start();
    CommandLine cli = model(new Factory(backend), args);
    Profile.end("the command line's model", t);
    cli.registerConverter(LocalDate.class, CapshiftCli::date);
    describeExitCodes(cli);
    // a wrong command line gets what was wrong and where to look, not the whole usage
    cli.setParameterExceptionHandler(
        (ex, given) -> {
          CommandLine at = ex.getCommandLine();
          PrintWriter e = at.getErr();
          e.println("capshift: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
          e.println("see: " + at.getCommandSpec().qualifiedName() + " --help");
          return EXIT_USAGE;
        });
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(CapshiftCli::handle);
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command line's model for {@code args}: the top level with the one command {@code args}
   * name, none for the version alone, else (no command, help, a mistyped name) every command.
   * Reading the options of all twenty commands is most of the start-up of a short command, and a
   * run needs only its own.
   */
  static CommandLine model(CommandLine.IFactory factory, String... args) {
    CommandLine cli = new CommandLine(new CapshiftCli(), factory);
    Class<?> named = args.length == 0 ? null : named(args[0]);
    java.util.List<Class<?>> commands =
        named != null
            ? java.util.List.of(named)
            : args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))
                ? java.util.List.of()
                : COMMANDS;
    for (Class<?> c : commands) {
      cli.addSubcommand(c);
    }
    return cli;
  }

  /** The command whose name or alias is {@code arg}, if it is not the help command. */
  private static Class<?> named(String arg) {
    for (Class<?> c : COMMANDS) {
      Command command = c.getAnnotation(Command.class);
      if (c != CommandLine.HelpCommand.class
          && (command.name().equals(arg)
              || java.util.Arrays.asList(command.aliases()).contains(arg))) {
        return c;
      }
    }
    return null;
  }

  /** Exit code for a command line picocli could not parse (an unknown option, a bad value). */
  public static final int EXIT_USAGE = 2;

  private static final java.util.Map<String, String> EXIT_CODES =
      new java.util.LinkedHashMap<>(
          java.util.Map.of(
              "0",
              "answered (a report or fetch may still name sections or files it lacked)",
              "1",
              "the data or an input prevented an answer: not found, a bad file, a failed"
                  + " download, a store in use",
              "2",
              "the command line was wrong: an unknown option or a value that does not parse"));

  private static void describeExitCodes(CommandLine cli) {
    java.util.Map<String, String> sorted = new java.util.TreeMap<>(EXIT_CODES);
    cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(sorted);
    cli.getSubcommands().values().forEach(CapshiftCli::describeExitCodes);
  }

  /** A date option's value, or one line saying it is not a date. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(value + " is not a date (YYYY-MM-DD)");
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult)
      throws Exception {
    PrintWriter err = cmd.getErr();
    if (e instanceof CapshiftException ce) {
      // the user's own machine: the detail (their store's path, the I/O error) may be shown
      err.println("capshift: " + ce.getMessage() + ce.detail().map(d -> " (" + d + ")").orElse(""));
      return EXIT_FAILED;
    }
    if (e instanceof UncheckedIOException || e instanceof IOException) {
      err.println("capshift: " + e.getMessage());
      return EXIT_FAILED;
    }
    throw e;
  }

  /** Builds commands and mixins, giving the backend to those that take it. */
  private static final class Factory implements CommandLine.IFactory {
    private final CliBackend backend;

    Factory(CliBackend backend) {
      this.backend = backend;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliBackend.class) {
          c.setAccessible(true);
          return type.cast(c.newInstance(backend));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** Version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = CapshiftCli.class.getPackage().getImplementationVersion();
      return new String[] {"capshift " + (v == null ? "dev" : v)};
    }
  }
}
