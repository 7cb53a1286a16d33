package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import io.capshift.domain.error.CorruptDataException;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class GrpcStatusMapperTest {

  @Test
  void toStatus_corruptData_dataLossNamingTheResource() {
    Logger log = Logger.getLogger(GrpcStatusMapper.class.getName());
    Level before = log.getLevel();
    log.setLevel(Level.OFF); // the WARNING it logs is expected here
    StatusRuntimeException e;
    try {
      e =
          GrpcStatusMapper.toStatus(
              new CorruptDataException("IWM@2026-04-10", "checksum mismatch", null), "Test");
    } finally {
      log.setLevel(before);
    }

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DATA_LOSS);
    assertThat(e.getStatus().getDescription()).isEqualTo("IWM@2026-04-10: checksum mismatch");
    ErrorInfo info = StatusDetails.of(e).errorInfo();
    assertThat(info.getReason()).isEqualTo("DATA_CORRUPT");
    assertThat(info.getMetadataMap()).containsEntry("resource", "IWM@2026-04-10");
  }

  @Test
  void toStatus_failedPrecondition_preconditionFailureWithTheReason() {
    StatusRuntimeException e =
        GrpcStatusMapper.toStatus(
            new FailedPreconditionException(
                Reason.STORE_LOCKED, "another process writes the store"),
            "Test");

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("STORE_LOCKED");
    assertThat(details.the(PreconditionFailure.class).getViolationsList())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getType()).isEqualTo("STORE_LOCKED");
              assertThat(v.getDescription()).isEqualTo("another process writes the store");
            });
  }

  @Test
  void toStatus_notFoundWithFirstAvailable_errorInfoCarriesIsoDate() {
    StatusRuntimeException e =
        GrpcStatusMapper.toStatus(
            new NotFoundException(
                Reason.NO_DATA_BEFORE_DATE,
                "capshift.io/Series",
                "goyal:ep",
                "series goyal:ep has no observation on or before 0900-01-01; the first is"
                    + " 0987-06-05",
                LocalDate.of(987, 6, 5)),
            "Test");

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(StatusDetails.of(e).errorInfo().getMetadataMap())
        .containsOnly(
            entry("resource_type", "capshift.io/Series"),
            entry("resource_name", "goyal:ep"),
            entry("first_available_date", "0987-06-05"));
  }

  @Test
  void toStatus_notFoundWithoutFirstAvailable_noDateInErrorInfo() {
    StatusRuntimeException e =
        GrpcStatusMapper.toStatus(
            new NotFoundException(
                Reason.SERIES_NOT_FOUND, "capshift.io/Series", "x:y", "no series 'x:y'"),
            "Test");

    assertThat(StatusDetails.of(e).errorInfo().getMetadataMap())
        .containsOnlyKeys("resource_type", "resource_name");
  }

  @Test
  void cancelled_contextPastItsDeadline_deadlineExceeded() throws Exception {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      Context.CancellableContext context =
          Context.current().withDeadline(Deadline.after(1, TimeUnit.MILLISECONDS), timer);
      while (!context.isCancelled()) {
        Thread.sleep(1);
      }

      StatusRuntimeException e = GrpcStatusMapper.cancelled(context);

      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
      assertThat(StatusDetails.of(e).errorInfo().getReason()).isEqualTo("DEADLINE_EXCEEDED");
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void cancelled_contextCancelledByClient_cancelled() {
    Context.CancellableContext context = Context.current().withCancellation();
    context.cancel(null);

    StatusRuntimeException e = GrpcStatusMapper.cancelled(context);

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.CANCELLED);
    assertThat(StatusDetails.of(e).errorInfo().getReason()).isEqualTo("CANCELLED");
  }
}
