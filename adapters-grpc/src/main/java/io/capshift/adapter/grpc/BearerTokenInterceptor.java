package io.capshift.adapter.grpc;

import io.capshift.domain.error.Reason;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer-token access control. Methods that change the store need the write token; other capshift
 * methods need the read token only when one is set (the write token also reads). Health and
 * reflection stay open so that probes and tools work without a secret. A missing {@code
 * authorization: Bearer …} header is {@code UNAUTHENTICATED}; a wrong token is {@code
 * PERMISSION_DENIED}. Tokens are compared as SHA-256 digests in constant time and never logged or
 * echoed.
 */
public final class BearerTokenInterceptor implements ServerInterceptor {
  /** The methods that change the store. */
  public static final Set<String> WRITE_METHODS =
      Set.of(io.capshift.api.v1.DataServiceGrpc.getImportDatasetMethod().getFullMethodName());

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final String BEARER = "Bearer ";
  private static final Set<String> OPEN_SERVICES =
      Set.of(
          "grpc.health.v1.Health",
          "grpc.reflection.v1.ServerReflection",
          "grpc.reflection.v1alpha.ServerReflection");

  private final Optional<byte[]> writeDigest;
  private final Optional<byte[]> readDigest;
  private final boolean openWrites;

  /**
   * @param writeToken the token that allows writes (and reads); empty: see {@code openWrites}
   * @param readToken the token reads need; empty: reads are open
   * @param openWrites with no write token, whether writes are allowed to anyone (a server on
   *     loopback) or refused to everyone (a server listening beyond it)
   */
  public BearerTokenInterceptor(
      Optional<String> writeToken, Optional<String> readToken, boolean openWrites) {
    this.writeDigest = writeToken.map(BearerTokenInterceptor::digest);
    this.readDigest = readToken.map(BearerTokenInterceptor::digest);
    this.openWrites = openWrites;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    if (OPEN_SERVICES.contains(call.getMethodDescriptor().getServiceName())) {
      return next.startCall(call, headers);
    }
    StatusRuntimeException refusal =
        WRITE_METHODS.contains(method) ? checkWrite(headers) : checkRead(headers);
    if (refusal != null) {
      call.close(refusal.getStatus(), refusal.getTrailers());
      return new ServerCall.Listener<>() {};
    }
    return next.startCall(call, headers);
  }

  private StatusRuntimeException checkWrite(Metadata headers) {
    if (writeDigest.isEmpty()) {
      return openWrites
          ? null
          : GrpcStatusMapper.permissionDenied(
              Reason.WRITES_DISABLED,
              "writes are disabled: this server listens beyond loopback and was started without"
                  + " --token-file");
    }
    return check(headers, writeDigest.get(), null);
  }

  private StatusRuntimeException checkRead(Metadata headers) {
    if (readDigest.isEmpty()) {
      return null;
    }
    return check(headers, readDigest.get(), writeDigest.orElse(null));
  }

  private static StatusRuntimeException check(
      Metadata headers, byte[] expected, byte[] alsoAccepted) {
    String header = headers.get(AUTHORIZATION);
    if (header == null || !header.startsWith(BEARER) || header.length() == BEARER.length()) {
      return GrpcStatusMapper.unauthenticated(
          "this call needs an 'authorization: Bearer <token>' header");
    }
    byte[] given = digest(header.substring(BEARER.length()).strip());
    boolean ok = MessageDigest.isEqual(given, expected);
    ok |= alsoAccepted != null && MessageDigest.isEqual(given, alsoAccepted);
    return ok
        ? null
        : GrpcStatusMapper.permissionDenied(Reason.TOKEN_INVALID, "the token is not valid here");
  }

  private static byte[] digest(String token) {
    Objects.requireNonNull(token, "token");
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
