package io.capshift.bootstrap;

import io.capshift.adapter.cli.CapshiftCli;
import io.capshift.application.port.ProcessLifetime;
import io.capshift.application.port.Profile;

/** The {@code capshift} process: the command line over stores on this machine. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (Profile.on()) {
      // the launcher's clock before it started java: the JVM's own start-up, as a user waits it
      String launched = System.getProperty("capshift.launched", "");
      if (launched.matches("[1-9][0-9]*")) {
        Profile.print(
            (System.currentTimeMillis() * 1e6 - Double.parseDouble(launched)) / 1e6,
            "from the launcher's start to main (its check, the JVM's start)");
      }
    }
    if (args.length == 0 || !args[0].equals("serve")) {
      ProcessLifetime.oneCommand();
    }
    long t = Profile.start();
    int status = CapshiftCli.execute(LocalBackend.ofProcess(), args);
    Profile.end("the command, main to exit", t);
    System.exit(status);
  }
}
