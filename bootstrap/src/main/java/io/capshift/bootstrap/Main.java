package io.capshift.bootstrap;

import io.capshift.domain.error.CapshiftException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code capshift} command line. */
@Command(
    name = "capshift",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Should an investor rotate from large caps into small caps now, and how?",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      DatasetsCommand.class,
      ValuationCommand.class,
      CompareCommand.class,
      HistoryCommand.class,
      EarningsCommand.class,
      FedWatchCommand.class,
      SensitivityCommand.class,
      FundCommand.class,
      FundsCommand.class,
      FlowsCommand.class,
      EventStudyCommand.class,
      BacktestCommand.class,
      ScenarioCommand.class,
      SignalCommand.class,
      ReportCommand.class,
      VerifyCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for an answer the user's input or data prevented (not found, bad file…). */
  static final int EXIT_FAILED = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs one command line and returns its exit code. */
  static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(Main::handle);
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult)
      throws Exception {
    PrintWriter err = cmd.getErr();
    if (e instanceof CapshiftException ce) {
      // a local user may see the detail (their store's path, the I/O error)
      err.println("capshift: " + ce.getMessage() + ce.detail().map(d -> " (" + d + ")").orElse(""));
      return EXIT_FAILED;
    }
    if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
      err.println("capshift: " + e.getMessage());
      return EXIT_FAILED;
    }
    throw e;
  }

  /** Version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"capshift " + (v == null ? "dev" : v)};
    }
  }
}
