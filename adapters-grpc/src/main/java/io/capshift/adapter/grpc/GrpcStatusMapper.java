package io.capshift.adapter.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.ResourceInfo;
import io.capshift.domain.error.CapshiftException;
import io.capshift.domain.error.CorruptDataException;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that turns a failed call into a gRPC status with {@code google.rpc} details. Every
 * status carries an {@link ErrorInfo} in domain {@value #DOMAIN} whose reason is the exception's
 * stable reason; unexpected failures become {@code INTERNAL} with a generic message and are logged
 * here, so no stack trace or server path reaches a client.
 */
final class GrpcStatusMapper {
  static final String DOMAIN = "capshift.io";
  static final String INTERNAL_MESSAGE = "internal error; the server log has details";

  /**
   * ErrorInfo metadata key of a NOT_FOUND whose resource has data, but none as early as asked: the
   * first date with data, ISO 8601 ({@code YYYY-MM-DD}).
   */
  static final String FIRST_AVAILABLE_DATE = "first_available_date";

  /** The field path that stands for an imported file's content. */
  static final String CONTENT_FIELD = "chunk";

  private static final Logger LOG = Logger.getLogger(GrpcStatusMapper.class.getName());

  private GrpcStatusMapper() {}

  /**
   * The status a call ends with when it failed with {@code failure}.
   *
   * @param rpc the method that failed, for the server log
   */
  static StatusRuntimeException toStatus(Throwable failure, String rpc) {
    if (failure instanceof CapshiftException e) {
      // the detail (store paths, the I/O error) is for the operator, never for the client
      Level level = e.detail().isPresent() ? Level.WARNING : Level.FINE;
      LOG.log(
          level,
          () ->
              rpc
                  + " failed: "
                  + e.reason()
                  + ": "
                  + e.getMessage()
                  + e.detail().map(d -> " (" + d + ")").orElse(""));
      return fromCapshift(e);
    }
    LOG.log(Level.SEVERE, rpc + " failed unexpectedly", failure);
    return build(Code.INTERNAL, INTERNAL_MESSAGE, errorInfo(Reason.INTERNAL, Map.of()));
  }

  /** {@code RESOURCE_EXHAUSTED}: a limit of the server was reached. */
  static StatusRuntimeException resourceExhausted(
      Reason reason, String message, Map<String, String> metadata) {
    return build(Code.RESOURCE_EXHAUSTED, message, errorInfo(reason, metadata));
  }

  /** {@code UNAVAILABLE}: the server is stopping and takes no new work. */
  static StatusRuntimeException shuttingDown() {
    return build(
        Code.UNAVAILABLE, "server is shutting down", errorInfo(Reason.SHUTTING_DOWN, Map.of()));
  }

  /** {@code UNAUTHENTICATED}: the call needs a token it does not carry. */
  static StatusRuntimeException unauthenticated(String message) {
    return build(Code.UNAUTHENTICATED, message, errorInfo(Reason.TOKEN_MISSING, Map.of()));
  }

  /** {@code PERMISSION_DENIED}: {@link Reason#TOKEN_INVALID} or {@link Reason#WRITES_DISABLED}. */
  static StatusRuntimeException permissionDenied(Reason reason, String message) {
    return build(Code.PERMISSION_DENIED, message, errorInfo(reason, Map.of()));
  }

  /** {@code CANCELLED} or {@code DEADLINE_EXCEEDED}, as the cancelled {@code context} says. */
  static StatusRuntimeException cancelled(Context context) {
    Status status = Contexts.statusFromCancelled(context);
    Code code =
        status != null && status.getCode() == Status.Code.DEADLINE_EXCEEDED
            ? Code.DEADLINE_EXCEEDED
            : Code.CANCELLED;
    String message =
        code == Code.DEADLINE_EXCEEDED ? "deadline exceeded" : "call cancelled by the client";
    return build(
        code,
        message,
        errorInfo(
            code == Code.DEADLINE_EXCEEDED ? Reason.DEADLINE_EXCEEDED : Reason.CANCELLED,
            Map.of()));
  }

  private static StatusRuntimeException fromCapshift(CapshiftException e) {
    if (e instanceof InvalidInputException invalid) {
      BadRequest.Builder bad = BadRequest.newBuilder();
      for (FieldViolation v : invalid.violations()) {
        bad.addFieldViolations(violation(v.field(), v.description()));
      }
      return build(
          Code.INVALID_ARGUMENT, e.getMessage(), errorInfo(e.reason(), Map.of()), bad.build());
    }
    if (e instanceof MalformedFileException m) {
      Map<String, String> where =
          Map.of(
              "file", nz(m.fileName()),
              "line", Long.toString(m.line()),
              "column", Integer.toString(m.column()));
      BadRequest bad =
          BadRequest.newBuilder()
              .addFieldViolations(violation(CONTENT_FIELD, e.getMessage()))
              .build();
      return build(Code.INVALID_ARGUMENT, e.getMessage(), errorInfo(e.reason(), where), bad);
    }
    if (e instanceof NotFoundException nf) {
      ResourceInfo resource =
          ResourceInfo.newBuilder()
              .setResourceType(nz(nf.resourceType()))
              .setResourceName(nz(nf.resourceName()))
              .setDescription(e.getMessage())
              .build();
      Map<String, String> meta = new LinkedHashMap<>();
      meta.put("resource_type", nz(nf.resourceType()));
      meta.put("resource_name", nz(nf.resourceName()));
      nf.firstAvailable()
          .ifPresent(
              d -> meta.put(FIRST_AVAILABLE_DATE, DateTimeFormatter.ISO_LOCAL_DATE.format(d)));
      return build(Code.NOT_FOUND, e.getMessage(), errorInfo(e.reason(), meta), resource);
    }
    if (e instanceof CorruptDataException corrupt) {
      LOG.log(Level.WARNING, "corrupt stored data: " + e.getMessage(), e);
      Map<String, String> meta = Map.of("resource", nz(corrupt.resource()));
      return build(Code.DATA_LOSS, e.getMessage(), errorInfo(e.reason(), meta));
    }
    FailedPreconditionException fp = (FailedPreconditionException) e;
    PreconditionFailure failure =
        PreconditionFailure.newBuilder()
            .addViolations(
                PreconditionFailure.Violation.newBuilder()
                    .setType(fp.reason().name())
                    .setDescription(nz(fp.getMessage())))
            .build();
    return build(
        Code.FAILED_PRECONDITION, e.getMessage(), errorInfo(e.reason(), Map.of()), failure);
  }

  private static BadRequest.FieldViolation violation(String field, String description) {
    return BadRequest.FieldViolation.newBuilder()
        .setField(field)
        .setDescription(description)
        .build();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static ErrorInfo errorInfo(Reason reason, Map<String, String> metadata) {
    return ErrorInfo.newBuilder()
        .setReason(reason.name())
        .setDomain(DOMAIN)
        .putAllMetadata(metadata)
        .build();
  }

  private static StatusRuntimeException build(
      Code code, String message, ErrorInfo info, Message... details) {
    com.google.rpc.Status.Builder status =
        com.google.rpc.Status.newBuilder()
            .setCode(code.getNumber())
            .setMessage(nz(message))
            .addDetails(Any.pack(info));
    for (Message detail : details) {
      status.addDetails(Any.pack(detail));
    }
    return StatusProto.toStatusRuntimeException(status.build());
  }
}
