package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.ResourceInfo;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.EarningsServiceGrpc;
import io.capshift.api.v1.FundServiceGrpc;
import io.capshift.api.v1.HistoryServiceGrpc;
import io.capshift.api.v1.RatesServiceGrpc;
import io.capshift.api.v1.RotationServiceGrpc;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract as a newcomer meets it: every RPC, read from the services' own descriptors, called
 * with an empty request, with each field set in turn to a bad value (NaN, infinity, an impossible
 * date, an unknown enum number, an id that does not exist, a blank, an overlong string), and with a
 * date before the data. Asserted for every answer: never INTERNAL or UNKNOWN; an INVALID_ARGUMENT
 * carries a BadRequest whose every path is a field path of the request, and names the field that
 * was bad; an id that does not exist is never answered OK; a NOT_FOUND carries a ResourceInfo, and
 * {@code first_available_date} when the resource has later data; no message names a Java type,
 * member or package. The table of every answer is written to {@code
 * target/contract/contract-table.md}.
 */
class ContractTest {
  private static final long DEADLINE_S = 30;

  /** A fixture store of one index, two funds with fundamentals, a futures strip and a series. */
  private static final Map<String, String> FILES =
      Map.of(
          "idx.csv",
          "# id: IDX\n# as_of: 2025-10-01\nsymbol,value_usd,earnings_usd\nA,1e9,5e7\nB,2e9,1e8\n",
          "fundamentals.csv",
          "# id: fixture-fundamentals\n# as_of: 2025-09-30\n"
              + "ticker,name,sector,market_cap_usd,net_income_usd,price_usd,shares,"
              + "dividend_per_share_usd\n"
              + "AAA,Alpha,Industrials,1e9,1e8,10,1e8,0.2\n"
              + "BBB,Beta,Industrials,1e9,5e7,10,1e8,0\n",
          "funda.csv",
          "# id: FUNDA\n# as_of: 2025-10-01\n# type: fund\nsymbol,value_usd\nAAA,6e6\nBBB,4e6\n",
          "zq.csv",
          "# id: zq\n# as_of: 2025-10-02\ncontract_month,price\n"
              + "2025-10,95.90\n2025-11,96.00\n2025-12,96.10\n2026-01,96.20\n",
          "DFF.csv",
          "observation_date,DFF\n2025-09-29,4.33\n2025-09-30,4.33\n2025-10-01,4.33\n");

  /** Ids that exist in the fixture store, for the calls made before the data. */
  private static final Map<String, String> KNOWN =
      Map.of(
          "index_id", "IDX",
          "fund_id", "FUNDA",
          "small_id", "FUNDA",
          "large_id", "IDX",
          "strip_id", "zq",
          "series_id", "dff:value");

  /** What betrays an implementation in a message. */
  private static final Pattern JAVA_NAMES =
      Pattern.compile(
          "\\b(?:java|javax|io\\.capshift|com\\.google)\\.|Exception\\b|\\bOptional"
              + "|\\bnull\\b|\\.java\\b|\\b(?:Double|Integer|Long|String|LocalDate)\\b");

  @TempDir static Path dir;
  private static InProcessCapshift app;
  private static final List<Row> ROWS = new ArrayList<>();
  private static final Set<String> CAMEL_NAMES = new LinkedHashSet<>();

  /** One answer: the call, what was sent, and what came back. */
  record Row(
      String rpc,
      String sent,
      Status.Code code,
      String reason,
      List<String> paths,
      String message,
      Map<String, String> metadata,
      boolean resourceInfo) {}

  @BeforeAll
  static void start() throws Exception {
    app = new InProcessCapshift(dir);
    for (var f : FILES.entrySet()) {
      GrpcImports.send(
          DataServiceGrpc.newStub(app.channel),
          f.getKey(),
          "",
          f.getValue().getBytes(StandardCharsets.UTF_8),
          DEADLINE_S);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
    writeTable();
  }

  private static List<ServiceDescriptor> services() {
    return List.of(
        DataServiceGrpc.getServiceDescriptor(),
        EarningsServiceGrpc.getServiceDescriptor(),
        FundServiceGrpc.getServiceDescriptor(),
        HistoryServiceGrpc.getServiceDescriptor(),
        RatesServiceGrpc.getServiceDescriptor(),
        RotationServiceGrpc.getServiceDescriptor(),
        ValuationServiceGrpc.getServiceDescriptor());
  }

  @Test
  void everyRpc_emptyBadFieldsUnknownIdsBeforeTheData_answeredAsTheContractSays() throws Exception {
    List<String> broken = new ArrayList<>();
    int rpcs = 0;
    for (ServiceDescriptor s : services()) {
      for (MethodDescriptor<?, ?> m : s.getMethods()) {
        rpcs++;
        Message prototype = prototype(m);
        collectCamelNames(prototype.getDescriptorForType(), new LinkedHashSet<>());
        Status.Code knownToday = Status.Code.UNKNOWN;
        for (Case c : cases(prototype.getDescriptorForType())) {
          Row row = call(m, prototype, c);
          ROWS.add(row);
          if (c.kind() == Kind.KNOWN_TODAY) {
            knownToday = row.code();
          }
          broken.addAll(check(row, c, prototype.getDescriptorForType(), knownToday));
        }
      }
    }
    assertThat(rpcs).isEqualTo(17);
    assertThat(ROWS).hasSizeGreaterThan(17 * 3);
    Files.createDirectories(Path.of("target", "contract"));
    Files.write(Path.of("target", "contract", "broken.txt"), broken);
    assertThat(broken).isEmpty();
    assertThat(FiniteResponses.NOISE).as("doubles with binary noise").isEmpty();
  }

  // ---- the cases ----------------------------------------------------------------------------

  /** What kind of bad a case is, and so what it must get. */
  enum Kind {
    EMPTY,
    /** NaN, infinity, an impossible date, an unknown enum number: always INVALID_ARGUMENT. */
    INVALID,
    /** An id that does not exist: never OK. */
    UNKNOWN_ID,
    /** A value that may or may not be acceptable: only never INTERNAL. */
    ODD,
    /** Ids that exist, at the default date: whether the resource has data at all. */
    KNOWN_TODAY,
    /** A date before every dataset, with ids that exist. */
    BEFORE_DATA
  }

  /** One request to send: the fields set along their paths, and the path that is bad. */
  record Case(Kind kind, String label, String badPath, List<Setting> settings) {}

  /** A value at a field path (message fields on the way, a repeated field given one element). */
  record Setting(List<FieldDescriptor> chain, Object value) {}

  private static List<Case> cases(Descriptor request) {
    List<Case> out = new ArrayList<>();
    out.add(new Case(Kind.EMPTY, "{}", "", List.of()));
    fieldCases(request, List.of(), out, 0);
    List<Setting> before = new ArrayList<>();
    for (FieldDescriptor f : request.getFields()) {
      if (isDate(f) && !f.isRepeated()) {
        before.add(new Setting(List.of(f), date(1900, 1, 1)));
      } else if (KNOWN.containsKey(f.getName()) && f.getJavaType() == JavaType.STRING) {
        before.add(
            new Setting(
                List.of(f),
                f.isRepeated() ? List.of(KNOWN.get(f.getName())) : KNOWN.get(f.getName())));
      }
    }
    if (before.stream().anyMatch(st -> isDate(last(st.chain())))) {
      out.add(
          new Case(
              Kind.KNOWN_TODAY,
              "ids that exist, no date",
              "",
              before.stream().filter(st -> !isDate(last(st.chain()))).toList()));
      out.add(new Case(Kind.BEFORE_DATA, "before the data (1900-01-01)", "", before));
    }
    return out;
  }

  private static void fieldCases(
      Descriptor type, List<FieldDescriptor> prefix, List<Case> out, int depth) {
    for (FieldDescriptor f : type.getFields()) {
      List<FieldDescriptor> chain = append(prefix, f);
      String path = path(chain);
      switch (f.getJavaType()) {
        case DOUBLE -> {
          out.add(bad(Kind.INVALID, path + "=NaN", chain, Double.NaN));
          out.add(bad(Kind.INVALID, path + "=Infinity", chain, Double.POSITIVE_INFINITY));
          out.add(bad(Kind.ODD, path + "=-1e300", chain, -1e300));
        }
        case FLOAT -> {
          out.add(bad(Kind.INVALID, path + "=NaN", chain, Float.NaN));
          out.add(bad(Kind.ODD, path + "=-3e38", chain, -3e38f));
        }
        case INT -> {
          out.add(bad(Kind.ODD, path + "=-1", chain, -1));
          out.add(bad(Kind.ODD, path + "=2147483647", chain, Integer.MAX_VALUE));
        }
        case LONG -> {
          out.add(bad(Kind.ODD, path + "=-1", chain, -1L));
          out.add(bad(Kind.ODD, path + "=9223372036854775807", chain, Long.MAX_VALUE));
        }
        case BOOLEAN -> out.add(bad(Kind.ODD, path + "=true", chain, true));
        case STRING -> {
          Kind unknown = isId(f) ? Kind.UNKNOWN_ID : Kind.ODD;
          out.add(bad(unknown, path + "='nope'", chain, "nope"));
          out.add(bad(Kind.ODD, path + "=' '", chain, " "));
          out.add(bad(Kind.ODD, path + "='x' x 10000", chain, "x".repeat(10_000)));
        }
        case BYTE_STRING ->
            out.add(
                bad(
                    Kind.ODD,
                    path + "=0x00ff",
                    chain,
                    com.google.protobuf.ByteString.copyFrom(new byte[] {0, (byte) 0xff})));
        case ENUM ->
            out.add(
                bad(
                    Kind.INVALID,
                    path + "=99",
                    chain,
                    f.getEnumType().findValueByNumberCreatingIfUnknown(99)));
        case MESSAGE -> {
          if (isDate(f)) {
            out.add(bad(Kind.INVALID, path + "=2026-02-30", chain, date(2026, 2, 30)));
            out.add(bad(Kind.INVALID, path + "=0000-00-00", chain, date(0, 0, 0)));
            out.add(bad(Kind.ODD, path + "=9999-12-31", chain, date(9999, 12, 31)));
          } else if (depth < 3) {
            fieldCases(f.getMessageType(), chain, out, depth + 1);
          }
        }
      }
    }
  }

  private static Case bad(Kind kind, String label, List<FieldDescriptor> chain, Object value) {
    return new Case(kind, label, violationPath(chain), List.of(new Setting(chain, value)));
  }

  /** The path a violation names: a map's entry is named by the map field ({@code weights[key]}). */
  private static String violationPath(List<FieldDescriptor> chain) {
    List<FieldDescriptor> upTo = new ArrayList<>();
    for (FieldDescriptor f : chain) {
      upTo.add(f);
      if (f.isMapField()) {
        break;
      }
    }
    return path(upTo);
  }

  private static boolean isId(FieldDescriptor f) {
    String n = f.getName();
    return n.endsWith("_id") || n.endsWith("_ids") || n.endsWith("fund") || n.endsWith("funds");
  }

  private static boolean isDate(FieldDescriptor f) {
    return f.getJavaType() == JavaType.MESSAGE
        && f.getMessageType().getFullName().equals("google.type.Date");
  }

  private static DynamicMessage date(int y, int m, int d) {
    Descriptor date = com.google.type.Date.getDescriptor();
    return DynamicMessage.newBuilder(date)
        .setField(date.findFieldByName("year"), y)
        .setField(date.findFieldByName("month"), m)
        .setField(date.findFieldByName("day"), d)
        .build();
  }

  // ---- building and sending -----------------------------------------------------------------

  private static Message prototype(MethodDescriptor<?, ?> m) {
    return (Message)
        ((MethodDescriptor.PrototypeMarshaller<?>) m.getRequestMarshaller()).getMessagePrototype();
  }

  private static Message build(Message prototype, List<Setting> settings)
      throws InvalidProtocolBufferException {
    DynamicMessage.Builder root = DynamicMessage.newBuilder(prototype.getDescriptorForType());
    for (Setting s : settings) {
      set(root, s.chain(), 0, s.value());
    }
    // through the wire format, so the server gets exactly what a client would send
    return prototype.getParserForType().parseFrom(root.build().toByteString());
  }

  private static void set(Message.Builder b, List<FieldDescriptor> chain, int i, Object value) {
    FieldDescriptor f = chain.get(i);
    Object v;
    if (i == chain.size() - 1) {
      v = value;
    } else {
      DynamicMessage.Builder inner = DynamicMessage.newBuilder(f.getMessageType());
      if (!f.isRepeated() && b.hasField(f)) {
        inner.mergeFrom((Message) b.getField(f));
      }
      set(inner, chain, i + 1, value);
      v = inner.build();
    }
    if (f.isRepeated()) {
      if (v instanceof List<?> list) {
        list.forEach(e -> b.addRepeatedField(f, e));
      } else {
        b.addRepeatedField(f, v);
      }
    } else {
      b.setField(f, v);
    }
  }

  @SuppressWarnings("unchecked")
  private static Row call(MethodDescriptor<?, ?> raw, Message prototype, Case c) throws Exception {
    MethodDescriptor<Message, Message> m = (MethodDescriptor<Message, Message>) raw;
    Message request = build(prototype, c.settings());
    CallOptions options = CallOptions.DEFAULT.withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS);
    try {
      switch (m.getType()) {
        case UNARY -> ClientCalls.blockingUnaryCall(app.channel, m, options, request);
        case SERVER_STREAMING -> {
          Iterator<Message> it =
              ClientCalls.blockingServerStreamingCall(app.channel, m, options, request);
          while (it.hasNext()) {
            it.next();
          }
        }
        case CLIENT_STREAMING -> clientStreaming(m, options, request);
        default -> throw new AssertionError("no such RPC type here: " + m.getType());
      }
      return row(m, c, Status.Code.OK, null);
    } catch (StatusRuntimeException e) {
      return row(m, c, e.getStatus().getCode(), e);
    }
  }

  private static void clientStreaming(
      MethodDescriptor<Message, Message> m, CallOptions options, Message request) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    StreamObserver<Message> requests =
        ClientCalls.asyncClientStreamingCall(
            app.channel.newCall(m, options),
            new StreamObserver<>() {
              @Override
              public void onNext(Message value) {}

              @Override
              public void onError(Throwable t) {
                done.completeExceptionally(t);
              }

              @Override
              public void onCompleted() {
                done.complete(null);
              }
            });
    requests.onNext(request);
    requests.onCompleted();
    try {
      done.get(DEADLINE_S, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof StatusRuntimeException s) {
        throw s;
      }
      throw e;
    }
  }

  private static Row row(
      MethodDescriptor<?, ?> m, Case c, Status.Code code, StatusRuntimeException e) {
    String rpc = m.getFullMethodName().replace("capshift.v1.", "");
    if (e == null) {
      return new Row(rpc, c.label(), code, "", List.of(), "", Map.of(), false);
    }
    String reason = "";
    Map<String, String> metadata = Map.of();
    List<String> paths = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    boolean resource = false;
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    if (status != null) {
      for (Any any : status.getDetailsList()) {
        try {
          if (any.is(ErrorInfo.class)) {
            ErrorInfo info = any.unpack(ErrorInfo.class);
            reason = info.getReason();
            metadata = info.getMetadataMap();
          } else if (any.is(BadRequest.class)) {
            for (var v : any.unpack(BadRequest.class).getFieldViolationsList()) {
              paths.add(v.getField());
              texts.add(v.getDescription());
            }
          } else if (any.is(ResourceInfo.class)) {
            resource = true;
            texts.add(any.unpack(ResourceInfo.class).getDescription());
          }
        } catch (InvalidProtocolBufferException x) {
          throw new AssertionError(x);
        }
      }
    }
    String message = e.getStatus().getDescription() == null ? "" : e.getStatus().getDescription();
    if (!texts.isEmpty()) {
      message = message + " || " + String.join(" || ", texts);
    }
    return new Row(rpc, c.label(), code, reason, paths, message, metadata, resource);
  }

  // ---- the checks ---------------------------------------------------------------------------

  /**
   * @param knownToday what the same ids got without a date: OK means the resource has data, so a
   *     NOT_FOUND before it must say where it starts
   */
  private static List<String> check(Row r, Case c, Descriptor request, Status.Code knownToday) {
    List<String> broken = new ArrayList<>();
    String at = r.rpc() + " " + r.sent() + ": ";
    if (r.code() == Status.Code.INTERNAL
        || r.code() == Status.Code.UNKNOWN
        || r.code() == Status.Code.UNIMPLEMENTED
        || r.code() == Status.Code.DEADLINE_EXCEEDED) {
      broken.add(at + r.code() + " " + r.message());
    }
    if (r.code() == Status.Code.INVALID_ARGUMENT) {
      if (r.paths().isEmpty()) {
        broken.add(at + "INVALID_ARGUMENT without a field violation");
      }
      for (String p : r.paths()) {
        if (!resolves(request, p)) {
          broken.add(at + "path '" + p + "' is no field of " + request.getName());
        }
      }
    }
    if (c.kind() == Kind.INVALID
        && !(r.code() == Status.Code.INVALID_ARGUMENT
            && r.paths().stream().anyMatch(p -> samePath(p, c.badPath())))) {
      broken.add(at + "wanted INVALID_ARGUMENT on " + c.badPath() + ", got " + summary(r));
    }
    if (c.kind() == Kind.UNKNOWN_ID && r.code() == Status.Code.OK) {
      broken.add(at + "an id that does not exist was answered OK");
    }
    if (r.code() == Status.Code.NOT_FOUND && !r.resourceInfo()) {
      broken.add(at + "NOT_FOUND without a ResourceInfo");
    }
    if (c.kind() == Kind.BEFORE_DATA) {
      if (r.code() == Status.Code.OK) {
        broken.add(at + "answered OK before the data");
      }
      if (r.code() == Status.Code.NOT_FOUND
          && knownToday == Status.Code.OK
          && !r.metadata().containsKey("first_available_date")) {
        broken.add(at + "NOT_FOUND before the data without first_available_date: " + r.message());
      }
    }
    var java = JAVA_NAMES.matcher(r.message());
    if (java.find()) {
      broken.add(at + "names '" + java.group() + "': " + r.message());
    }
    for (String camel : CAMEL_NAMES) {
      if (Pattern.compile("\\b" + camel + "\\b").matcher(r.message()).find()) {
        broken.add(at + "names the Java member '" + camel + "': " + r.message());
      }
    }
    return broken;
  }

  private static String summary(Row r) {
    return r.code() + " " + r.reason() + " " + r.paths() + " " + r.message();
  }

  /** Whether {@code path} ({@code a.b}, {@code a[0].b}) names fields of {@code type}. */
  static boolean resolves(Descriptor type, String path) {
    Descriptor at = type;
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length; i++) {
      String name = parts[i].replaceAll("\\[[^\\]]*]$", "");
      if (at == null) {
        return false;
      }
      FieldDescriptor f = at.findFieldByName(name);
      if (f == null) {
        return false;
      }
      at = f.getJavaType() == JavaType.MESSAGE ? f.getMessageType() : null;
      if (at == null && i < parts.length - 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean samePath(String got, String wanted) {
    return got.replaceAll("\\[[^\\]]*]", "").equals(wanted);
  }

  private static void collectCamelNames(Descriptor type, Set<String> seen) {
    if (!seen.add(type.getFullName())) {
      return;
    }
    for (FieldDescriptor f : type.getFields()) {
      if (f.getName().contains("_")) {
        CAMEL_NAMES.add(f.getJsonName());
      }
      if (f.getJavaType() == JavaType.MESSAGE) {
        collectCamelNames(f.getMessageType(), seen);
      }
    }
  }

  private static String path(List<FieldDescriptor> chain) {
    return chain.stream().map(FieldDescriptor::getName).collect(Collectors.joining("."));
  }

  private static <T> List<T> append(List<T> list, T t) {
    List<T> out = new ArrayList<>(list);
    out.add(t);
    return out;
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private static void writeTable() throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("| RPC | sent | status | reason | field paths | first_available_date |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Row r : ROWS) {
      md.append(
          String.format(
              "| %s | %s | %s | %s | %s | %s |%n",
              r.rpc(),
              r.sent().length() > 60 ? r.sent().substring(0, 57) + "..." : r.sent(),
              r.code(),
              r.reason(),
              String.join(", ", r.paths()),
              r.metadata().getOrDefault("first_available_date", "")));
    }
    Path out = Path.of("target", "contract", "contract-table.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString());
    System.out.println("ContractTest: " + ROWS.size() + " calls; the table is in " + out);
  }
}
