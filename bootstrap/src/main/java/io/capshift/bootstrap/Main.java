package io.capshift.bootstrap;

import io.capshift.adapter.cli.CapshiftCli;

/** The {@code capshift} process: the command line over stores on this machine. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(CapshiftCli.execute(new LocalBackend(), args));
  }
}
