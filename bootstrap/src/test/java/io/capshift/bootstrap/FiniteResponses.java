package io.capshift.bootstrap;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test-only interceptor that inspects every response message, nested messages and repeated fields
 * included, for NaN or infinite doubles and floats. A violation fails the call and is kept in
 * {@link #VIOLATIONS}, so a test that swallows the failed call still sees it.
 */
final class FiniteResponses implements ServerInterceptor {
  static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();

  /**
   * Doubles sent with binary noise: more than 12 significant digits (0.034999999999999996), or a
   * residue under 1e-12 that stands for 0 (1.11e-16, -0).
   */
  static final List<String> NOISE = new CopyOnWriteArrayList<>();

  static boolean noisy(double d) {
    if (d == 0) {
      return Double.doubleToRawLongBits(d) != 0; // -0
    }
    if (Math.abs(d) < 1e-12) {
      return true;
    }
    return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().precision() > 12;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    return next.startCall(
        new SimpleForwardingServerCall<>(call) {
          @Override
          public void sendMessage(R message) {
            if (message instanceof Message m) {
              check(m, method);
            }
            super.sendMessage(message);
          }
        },
        headers);
  }

  /**
   * @throws AssertionError naming the first non-finite field
   */
  static void check(Message message, String where) {
    for (Map.Entry<FieldDescriptor, Object> e : message.getAllFields().entrySet()) {
      FieldDescriptor f = e.getKey();
      List<?> values = f.isRepeated() ? (List<?>) e.getValue() : List.of(e.getValue());
      for (Object v : values) {
        String path = where + "." + f.getName();
        if (v instanceof Message nested) {
          check(nested, path);
        } else if ((v instanceof Double d && !Double.isFinite(d))
            || (v instanceof Float x && !Float.isFinite(x))) {
          VIOLATIONS.add(path + " = " + v);
          throw new AssertionError("non-finite number in a response: " + path + " = " + v);
        } else if (v instanceof Double d && noisy(d)) {
          NOISE.add(path + " = " + d);
        }
      }
    }
  }
}
