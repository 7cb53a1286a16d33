package io.capshift.adapter.grpc;

import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** An in-process server with the given services and a channel to it; close both after a test. */
final class InProcessGrpc {
  private final Server server;
  private final ManagedChannel channel;

  private InProcessGrpc(Server server, ManagedChannel channel) {
    this.server = server;
    this.channel = channel;
  }

  static InProcessGrpc start(BindableService... services) throws IOException {
    String name = InProcessServerBuilder.generateName();
    InProcessServerBuilder builder = InProcessServerBuilder.forName(name).directExecutor();
    for (BindableService service : services) {
      builder.addService(service);
    }
    Server server = builder.build().start();
    ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    return new InProcessGrpc(server, channel);
  }

  ManagedChannel channel() {
    return channel;
  }

  void close() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }
}
