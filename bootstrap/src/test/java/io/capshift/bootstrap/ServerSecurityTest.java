package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.ImportDatasetResponse;
import io.capshift.api.v1.ListDatasetsRequest;
import io.grpc.ChannelCredentials;
import io.grpc.ClientInterceptor;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.TlsServerCredentials;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS and bearer tokens on a real Netty server on loopback, set up as {@code serve} does. */
class ServerSecurityTest {
  private static final long DEADLINE_S = 30;
  private static final String WRITE = "w-7f3c9a";
  private static final String READ = "r-51d2e8";
  private static final byte[] FILE =
      ("# id: tiny\n# as_of: 2026-06-30\nsymbol,value_usd\nA,10\n")
          .getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  @TempDir Path certs;
  private NettyCapshift app;
  private ManagedChannel channel;

  private void start(
      Optional<String> writeToken,
      Optional<String> readToken,
      boolean loopback,
      TlsServerCredentials.Builder tls)
      throws Exception {
    app = new NettyCapshift(dir, writeToken, readToken, loopback, tls);
  }

  private void connect(ChannelCredentials credentials) {
    channel = NettyChannelBuilder.forAddress("localhost", app.port(), credentials).build();
  }

  @AfterEach
  void stop() throws Exception {
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    app.close();
  }

  @Test
  void importDataset_overTls_needsTheWriteToken() throws Exception {
    SelfSignedCert cert = SelfSignedCert.create(certs);
    start(
        Optional.of(WRITE),
        Optional.empty(),
        true,
        TlsServerCredentials.newBuilder().keyManager(cert.cert().toFile(), cert.key().toFile()));
    connect(TlsChannelCredentials.newBuilder().trustManager(cert.cert().toFile()).build());

    assertThat(importStatus(null)).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(importReason(null)).isEqualTo("TOKEN_MISSING");
    assertThat(importStatus("Bearer wrong")).isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(importReason("Bearer wrong")).isEqualTo("TOKEN_INVALID");
    ImportDatasetResponse ok = GrpcImports.send(withToken(WRITE), "tiny.csv", "", FILE, DEADLINE_S);
    assertThat(ok.getDatasetsList())
        .extracting(d -> d.getDatasetId())
        .containsExactly("tiny@2026-06-30");
    // reads stay open without a read token
    assertThat(
            DataServiceGrpc.newBlockingStub(channel)
                .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS)
                .listDatasets(ListDatasetsRequest.getDefaultInstance())
                .getDatasetsCount())
        .isEqualTo(3);
  }

  @Test
  void reads_withReadToken_needItButHealthStaysOpen() throws Exception {
    start(Optional.of(WRITE), Optional.of(READ), true, null);
    connect(InsecureChannelCredentials.create());

    assertThat(listStatus(null)).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(listStatus("Bearer " + WRITE.substring(1))).isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(listStatus("Bearer " + READ)).isEqualTo(Status.Code.OK);
    assertThat(listStatus("Bearer " + WRITE)).isEqualTo(Status.Code.OK);
    assertThat(importStatus("Bearer " + READ)).isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(
            HealthGrpc.newBlockingStub(channel)
                .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS)
                .check(HealthCheckRequest.getDefaultInstance())
                .getStatus())
        .isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }

  @Test
  void importDataset_beyondLoopbackWithoutToken_refusedToEveryone() throws Exception {
    start(Optional.empty(), Optional.empty(), false, null);
    connect(InsecureChannelCredentials.create());

    assertThat(importStatus(null)).isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(importReason(null)).isEqualTo("WRITES_DISABLED");
    assertThat(importStatus("Bearer anything")).isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(
            app.capshift
                .datasets()
                .listDatasets(new io.capshift.application.port.in.ListDatasetsQuery(0, ""))
                .totalSize())
        .isEqualTo(2);
  }

  @Test
  void importDataset_loopbackWithoutToken_open() throws Exception {
    start(Optional.empty(), Optional.empty(), true, null);
    connect(InsecureChannelCredentials.create());

    assertThat(importStatus(null)).isEqualTo(Status.Code.OK);
  }

  private DataServiceGrpc.DataServiceStub withToken(String token) {
    return stub("Bearer " + token);
  }

  private DataServiceGrpc.DataServiceStub stub(String authorization) {
    return DataServiceGrpc.newStub(channel).withInterceptors(headers(authorization));
  }

  /** The ErrorInfo reason of a refused import (every capshift error carries one). */
  private String importReason(String authorization) throws Exception {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> GrpcImports.send(stub(authorization), "tiny.csv", "", FILE, DEADLINE_S));
    com.google.rpc.Status status = io.grpc.protobuf.StatusProto.fromThrowable(e);
    return status.getDetails(0).unpack(com.google.rpc.ErrorInfo.class).getReason();
  }

  private Status.Code importStatus(String authorization) {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> GrpcImports.send(stub(authorization), "tiny.csv", "", FILE, DEADLINE_S));
    return e == null ? Status.Code.OK : e.getStatus().getCode();
  }

  private Status.Code listStatus(String authorization) {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                DataServiceGrpc.newBlockingStub(channel)
                    .withInterceptors(headers(authorization))
                    .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS)
                    .listDatasets(ListDatasetsRequest.getDefaultInstance()));
    return e == null ? Status.Code.OK : e.getStatus().getCode();
  }

  /** Interceptors sending {@code authorization}; none when it is null. */
  private static ClientInterceptor[] headers(String authorization) {
    if (authorization == null) {
      return new ClientInterceptor[0];
    }
    Metadata headers = new Metadata();
    headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), authorization);
    return new ClientInterceptor[] {MetadataUtils.newAttachHeadersInterceptor(headers)};
  }
}
