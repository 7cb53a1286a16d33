package io.capshift.bootstrap;

import com.google.protobuf.Message;
import io.capshift.adapter.cli.CliBackend;
import io.capshift.adapter.cli.OutputFormat;
import io.capshift.adapter.cli.ServeSettings;
import io.capshift.adapter.grpc.ProtoAnswers;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the command line runs on in a capshift process: local stores, the system clock. */
final class LocalBackend implements CliBackend {
  private final Clock clock;

  LocalBackend() {
    this(new SystemClock());
  }

  LocalBackend(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UseCases open(Path dataDir) {
    return Capshift.open(dataDir, clock);
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public Optional<String> encode(Object answer, OutputFormat format) {
    if (answer instanceof List<?> list) {
      Optional<Message> one = ProtoAnswers.response(list);
      if (one.isPresent()) {
        return one.map(m -> encode(m, format));
      }
      // answers of one question side by side (e.g. each negative-earnings policy): a JSON array,
      // or one CSV table under one header
      List<Message> each = new ArrayList<>();
      for (Object a : list) {
        Optional<Message> m = ProtoAnswers.response(a);
        if (m.isEmpty()) {
          return Optional.empty();
        }
        each.add(m.get());
      }
      if (format == OutputFormat.JSON) {
        return Optional.of(
            each.stream().map(ProtoAnswers::json).collect(Collectors.joining(",\n", "[", "]")));
      }
      StringBuilder csv = new StringBuilder();
      String header = null;
      for (Message m : each) {
        String table = ProtoAnswers.csv(m);
        int end = table.indexOf("\r\n") + 2;
        if (header == null) {
          header = table.substring(0, end);
          csv.append(table);
        } else if (table.startsWith(header)) {
          csv.append(table.substring(end));
        } else {
          csv.append("\r\n").append(table);
        }
      }
      return Optional.of(csv.toString());
    }
    return ProtoAnswers.response(answer).map(m -> encode(m, format));
  }

  private static String encode(Message m, OutputFormat format) {
    return format == OutputFormat.CSV ? ProtoAnswers.csv(m) : ProtoAnswers.json(m);
  }

  @Override
  public void serve(ServeSettings settings, Path dataDir, PrintWriter out) throws Exception {
    Serve.run(settings, Capshift.open(dataDir, clock), dataDir, out);
  }
}
