package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.api.v1.ErrorReason;
import io.capshift.domain.error.Reason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The reasons errors carry are listed once, in the domain, and documented in the proto: the two
 * lists name the same reasons in the same order.
 */
class ErrorReasonCatalogueTest {

  @Test
  void protoErrorReason_namesEveryDomainReasonInOrder() {
    assertThat(
            Arrays.stream(ErrorReason.values())
                .filter(r -> r != ErrorReason.UNRECOGNIZED)
                .filter(r -> r != ErrorReason.ERROR_REASON_UNSPECIFIED)
                .map(r -> r.name().substring("ERROR_REASON_".length())))
        .containsExactly(Arrays.stream(Reason.values()).map(Reason::name).toArray(String[]::new));
  }
}
