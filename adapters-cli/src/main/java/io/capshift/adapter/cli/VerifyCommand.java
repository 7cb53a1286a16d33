package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.Text;
import io.capshift.application.port.in.DatasetCheck;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code capshift verify}: reads every file of a store and checks it, listing what is damaged.
 * Opening the store already verifies the manifest (a damaged one stops it with a message naming
 * it); the store is not seeded, so verifying never writes a dataset.
 */
@Command(
    name = "verify",
    description =
        "Check every stored file against its checksum; list damaged datasets."
            + " Exit code 0 when all verify, 1 when any is damaged.")
final class VerifyCommand implements Callable<Integer> {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    try (UseCases capshift = store.openUnseeded()) {
      List<DatasetCheck> checks = capshift.verifyStore().verifyStore();
      long damaged = checks.stream().filter(c -> !c.ok()).count();
      for (DatasetCheck c : checks) {
        out.print(
            c.ok()
                ? Text.line("ok       %s", c.dataset().datasetId())
                : Text.line("DAMAGED  %s: %s", c.dataset().datasetId(), c.problem().orElseThrow()));
      }
      out.print(
          Text.line(
              "%s: manifest ok; %d datasets, %d ok, %d damaged",
              store.dataDir(), checks.size(), checks.size() - damaged, damaged));
      return damaged == 0 ? 0 : CapshiftCli.EXIT_FAILED;
    }
  }
}
