package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.api.v1.DatasetKind;
import io.capshift.api.v1.ImportFormat;
import io.capshift.domain.error.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every application format and dataset kind has its same-named proto value, both ways. */
class DataProtoMapperTest {

  @ParameterizedTest
  @EnumSource(io.capshift.application.port.in.ImportFormat.class)
  void toProto_everyImportFormat_sameNamedValueThatMapsBack(
      io.capshift.application.port.in.ImportFormat format) {
    ImportFormat proto = DataProtoMapper.toProto(format);
    List<FieldViolation> violations = new ArrayList<>();

    assertThat(proto.name()).isEqualTo("IMPORT_FORMAT_" + format.name());
    assertThat(DataProtoMapper.toDomain(proto, proto.getNumber(), violations)).isEqualTo(format);
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = ImportFormat.class,
      names = {"IMPORT_FORMAT_UNSPECIFIED", "UNRECOGNIZED"},
      mode = EnumSource.Mode.EXCLUDE)
  void toDomain_everyProtoImportFormat_sameNamedApplicationFormat(ImportFormat format) {
    List<FieldViolation> violations = new ArrayList<>();

    assertThat(DataProtoMapper.toDomain(format, format.getNumber(), violations).name())
        .isEqualTo(format.name().substring("IMPORT_FORMAT_".length()));
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(io.capshift.application.port.in.DatasetKind.class)
  void toProto_everyDatasetKind_sameNamedValue(io.capshift.application.port.in.DatasetKind kind) {
    DatasetKind proto = DataProtoMapper.toProto(kind);

    assertThat(proto.name()).isEqualTo("DATASET_KIND_" + kind.name());
  }
}
