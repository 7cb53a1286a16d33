package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.api.v1.ImportFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The proto's import formats and the application's correspond name for name, so the gRPC mapping is
 * by name and a new format needs no mapping code.
 */
class ImportFormatMappingTest {

  @Test
  void protoAndApplicationEnums_nameTheSameFormats() {
    List<String> proto =
        Arrays.stream(ImportFormat.values())
            .filter(f -> f != ImportFormat.UNRECOGNIZED)
            .filter(f -> f != ImportFormat.IMPORT_FORMAT_UNSPECIFIED)
            .map(f -> f.name().substring("IMPORT_FORMAT_".length()))
            .toList();

    assertThat(proto)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(io.capshift.application.port.in.ImportFormat.values())
                .map(Enum::name)
                .toList());
  }

  @Test
  void toDomainAndBack_everyFormatRoundTrips() {
    List<io.capshift.domain.error.FieldViolation> violations = new ArrayList<>();
    for (io.capshift.application.port.in.ImportFormat f :
        io.capshift.application.port.in.ImportFormat.values()) {
      ImportFormat proto = DataProtoMapper.toProto(f);
      assertThat(DataProtoMapper.toDomain(proto, proto.getNumber(), violations)).isEqualTo(f);
    }
    assertThat(DataProtoMapper.toDomain(ImportFormat.IMPORT_FORMAT_UNSPECIFIED, 0, violations))
        .isEqualTo(io.capshift.application.port.in.ImportFormat.AUTO);
    assertThat(violations).isEmpty();
    DataProtoMapper.toDomain(ImportFormat.UNRECOGNIZED, 99, violations);
    assertThat(violations).singleElement().extracting(v -> v.field()).isEqualTo("header.format");
  }
}
