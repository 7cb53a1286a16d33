package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;

/** Reads the {@code google.rpc.Status} details a failed call carried, for assertions. */
final class StatusDetails {
  private final Status status;

  private StatusDetails(Status status) {
    this.status = status;
  }

  /** The details of a failure thrown by a stub; fails the test when there are none. */
  static StatusDetails of(Throwable failure) {
    Status status = StatusProto.fromThrowable(failure);
    assertThat(status).as("google.rpc.Status of %s", failure).isNotNull();
    return new StatusDetails(status);
  }

  Status status() {
    return status;
  }

  /** The ErrorInfo every capshift error carries, checked to be in domain capshift.io. */
  ErrorInfo errorInfo() {
    ErrorInfo info = the(ErrorInfo.class);
    assertThat(info.getDomain()).isEqualTo("capshift.io");
    return info;
  }

  /** The one detail of {@code type}; fails the test when there is not exactly one. */
  <T extends Message> T the(Class<T> type) {
    List<Any> matching = status.getDetailsList().stream().filter(a -> a.is(type)).toList();
    assertThat(matching).as("details of type %s", type.getSimpleName()).hasSize(1);
    try {
      return matching.get(0).unpack(type);
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }

  /** Asserts INVALID_ARGUMENT with the reason and exactly one violation, on {@code field}. */
  static void assertFieldViolation(StatusRuntimeException e, String reason, String field) {
    assertThat(e.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo(reason);
    assertThat(details.the(BadRequest.class).getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .containsExactly(field);
  }
}
