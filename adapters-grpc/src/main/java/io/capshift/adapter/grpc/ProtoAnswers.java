package io.capshift.adapter.grpc;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.capshift.application.port.in.ChooseFundUseCase;
import io.capshift.application.port.in.DatasetPage;
import io.capshift.application.port.in.EarningsOutlook;
import io.capshift.application.port.in.FundFlows;
import io.capshift.application.port.in.FundProfile;
import io.capshift.application.port.in.GrowthComparison;
import io.capshift.application.port.in.ImportResult;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.in.ValuationComparison;
import io.capshift.application.port.in.ValuationHistory;
import io.capshift.domain.rates.RateSensitivity;
import io.capshift.domain.signal.RotationSignal;
import io.capshift.domain.signal.ScenarioResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gRPC API's response for a use case's answer, and that response as JSON (the proto3 JSON
 * mapping, as a gRPC client sees it) or as CSV of its main table: what the command line prints with
 * {@code --format json|csv}, so an answer reads the same whichever way it is asked.
 */
public final class ProtoAnswers {
  private static final JsonFormat.Printer JSON = JsonFormat.printer();

  /**
   * The repeated field that is each response's main table, where it is not the first repeated
   * message field.
   */
  private static final Map<String, String> MAIN_TABLE =
      Map.of(
          "capshift.v1.GetRateExpectationsResponse", "meetings",
          "capshift.v1.GetValuationHistoryResponse", "observations",
          "capshift.v1.BacktestSummary", "full_period",
          "capshift.v1.GetRotationSignalResponse", "components");

  private ProtoAnswers() {}

  /** The response the gRPC API gives for {@code answer}, if it has one. */
  public static Optional<Message> response(Object answer) {
    Message m = null;
    if (answer instanceof IndexValuationResult a) {
      m = ValuationProtoMapper.toResponse(a);
    } else if (answer instanceof ValuationComparison a) {
      m = ComparisonProtoMapper.toResponse(a);
    } else if (answer instanceof ValuationHistory a) {
      m = HistoryProtoMapper.toResponse(a);
    } else if (answer instanceof EarningsOutlook a) {
      m = EarningsProtoMapper.toResponse(a);
    } else if (answer instanceof GrowthComparison a) {
      m = EarningsProtoMapper.toResponse(a);
    } else if (answer instanceof RateExpectations a) {
      m = RatesProtoMapper.toResponse(a);
    } else if (answer instanceof RateSensitivity a) {
      m = RatesProtoMapper.toResponse(a);
    } else if (answer instanceof FundProfile a) {
      m = FundProtoMapper.toResponse(a);
    } else if (answer instanceof FundFlows a) {
      m = FundProtoMapper.toResponse(a);
    } else if (answer instanceof ChooseFundUseCase.Result a) {
      m = LookThroughProtoMapper.toResponse(a);
    } else if (answer instanceof RunEventStudyUseCase.Report a) {
      m = HistoryGrpcService.toResponse(a);
    } else if (answer instanceof RotationSignal a) {
      m = RotationGrpcService.toProto(a);
    } else if (answer instanceof ScenarioResult a) {
      m = RotationGrpcService.toProto(a);
    } else if (answer instanceof RunBacktestUseCase.Report a) {
      m = RotationGrpcService.toProto(a);
    } else if (answer instanceof DatasetPage a) {
      m = DataProtoMapper.toResponse(a);
    } else if (answer instanceof ImportResult a) {
      m = DataProtoMapper.toResponse(a);
    }
    return Optional.ofNullable(m);
  }

  /** Several answers of one kind, e.g. a fund comparison's profiles. */
  public static Optional<Message> response(List<?> answers) {
    if (!answers.isEmpty() && answers.get(0) instanceof FundProfile) {
      return Optional.of(
          FundProtoMapper.toResponse(answers.stream().map(FundProfile.class::cast).toList()));
    }
    return Optional.empty();
  }

  /** {@code m} in the proto3 JSON mapping, as {@code buf curl} would print it. */
  public static String json(Message m) {
    try {
      return JSON.print(m);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("a response that JSON cannot print", e);
    }
  }

  /**
   * {@code m}'s main table as CSV (RFC 4180): one row per element of its main repeated field (one
   * row per inner element where an element holds a list, e.g. a meeting's range probabilities),
   * columns named by field paths; a response without a list gives one row of its fields.
   */
  public static String csv(Message m) {
    Optional<FieldDescriptor> table = mainTable(m);
    List<Map<String, String>> rows = new ArrayList<>();
    if (table.isEmpty()) {
      Map<String, String> row = new LinkedHashMap<>();
      flatten(m, "", row, null);
      rows.add(row);
    } else {
      for (int i = 0; i < m.getRepeatedFieldCount(table.get()); i++) {
        Message element = (Message) m.getRepeatedField(table.get(), i);
        Optional<FieldDescriptor> inner = firstRepeatedMessage(element);
        if (inner.isPresent() && element.getRepeatedFieldCount(inner.get()) > 0) {
          for (int j = 0; j < element.getRepeatedFieldCount(inner.get()); j++) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten(element, "", row, inner.get());
            flatten(
                (Message) element.getRepeatedField(inner.get(), j),
                inner.get().getName() + ".",
                row,
                null);
            rows.add(row);
          }
        } else {
          Map<String, String> row = new LinkedHashMap<>();
          flatten(element, "", row, inner.orElse(null));
          rows.add(row);
        }
      }
    }
    List<String> columns = new ArrayList<>();
    for (Map<String, String> r : rows) {
      for (String k : r.keySet()) {
        if (!columns.contains(k)) {
          columns.add(k);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", columns.stream().map(ProtoAnswers::quote).toList())).append("\r\n");
    for (Map<String, String> r : rows) {
      List<String> cells = new ArrayList<>();
      for (String c : columns) {
        cells.add(quote(r.getOrDefault(c, "")));
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }

  private static Optional<FieldDescriptor> mainTable(Message m) {
    String named = MAIN_TABLE.get(m.getDescriptorForType().getFullName());
    if (named != null) {
      return Optional.ofNullable(m.getDescriptorForType().findFieldByName(named));
    }
    return firstRepeatedMessage(m);
  }

  private static Optional<FieldDescriptor> firstRepeatedMessage(Message m) {
    return m.getDescriptorForType().getFields().stream()
        .filter(f -> f.isRepeated() && !f.isMapField())
        .filter(f -> f.getJavaType() == FieldDescriptor.JavaType.MESSAGE)
        .findFirst();
  }

  /** Every set scalar of {@code m} under {@code prefix}; nested messages by dotted names. */
  private static void flatten(Message m, String prefix, Map<String, String> row, Object skip) {
    if (m.getDescriptorForType().getFullName().equals("google.type.Date")) {
      row.put(prefix.isEmpty() ? "date" : prefix.substring(0, prefix.length() - 1), date(m));
      return;
    }
    for (FieldDescriptor f : m.getDescriptorForType().getFields()) {
      if (f == skip) {
        continue;
      }
      String name = prefix + f.getName();
      if (f.isRepeated()) {
        if (f.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
          List<String> parts = new ArrayList<>();
          for (int i = 0; i < m.getRepeatedFieldCount(f); i++) {
            parts.add(scalar(f, m.getRepeatedField(f, i)));
          }
          row.put(name, String.join("; ", parts));
        }
        continue; // nested lists: their own table
      }
      if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        if (m.hasField(f)) {
          Message inner = (Message) m.getField(f);
          if (inner.getDescriptorForType().getFullName().equals("google.type.Date")) {
            row.put(name, date(inner));
          } else if (inner instanceof com.google.protobuf.Timestamp t) {
            row.put(name, com.google.protobuf.util.Timestamps.toString(t));
          } else if (prefix.chars().filter(c -> c == '.').count() < 2) {
            flatten(inner, name + ".", row, null);
          }
        }
        continue;
      }
      if (f.hasPresence() && !m.hasField(f)) {
        row.put(name, "");
        continue;
      }
      row.put(name, scalar(f, m.getField(f)));
    }
  }

  private static String scalar(FieldDescriptor f, Object v) {
    return switch (f.getJavaType()) {
      case ENUM -> ((com.google.protobuf.Descriptors.EnumValueDescriptor) v).getName();
      case DOUBLE, FLOAT -> number(((Number) v).doubleValue());
      default -> String.valueOf(v);
    };
  }

  /**
   * 12 significant digits, so binary noise ({@code 0.034999999999999996}, {@code 1.1e-16}) reads as
   * the decimal it stands for; under 1e-12 in size is 0.
   */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    if (Math.abs(v) < 1e-12) {
      return "0";
    }
    return new java.math.BigDecimal(v)
        .round(new java.math.MathContext(12))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String date(Message d) {
    var f = d.getDescriptorForType();
    int y = (Integer) d.getField(f.findFieldByName("year"));
    int mo = (Integer) d.getField(f.findFieldByName("month"));
    int day = (Integer) d.getField(f.findFieldByName("day"));
    return String.format(Locale.US, "%04d-%02d-%02d", y, mo, day);
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
