package io.capshift.domain.common;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A calculation's outcome: its value, or why there is none. For ordinary outcomes, such as a sum
 * whose inputs are not all there, that a caller reports rather than treats as an error; bad
 * arguments are still {@link IllegalArgumentException}s.
 *
 * @param <T> the value's type
 */
public sealed interface Result<T> permits Result.Success, Result.Failure {

  /** A value. */
  record Success<T>(T value) implements Result<T> {
    public Success {
      Objects.requireNonNull(value, "value");
    }
  }

  /** No value, for the reason given (for people). */
  record Failure<T>(String reason) implements Result<T> {
    public Failure {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a failure needs a reason");
      }
    }
  }

  static <T> Result<T> success(T value) {
    return new Success<>(value);
  }

  static <T> Result<T> failure(String reason) {
    return new Failure<>(reason);
  }

  /** The value, if there is one. */
  default Optional<T> toOptional() {
    return this instanceof Success<T> s ? Optional.of(s.value()) : Optional.empty();
  }

  /** Why there is no value, if there is none. */
  default Optional<String> failureReason() {
    return this instanceof Failure<T> f ? Optional.of(f.reason()) : Optional.empty();
  }

  /** The value mapped, or the same failure. */
  default <U> Result<U> map(Function<? super T, ? extends U> f) {
    return this instanceof Success<T> s
        ? success(f.apply(s.value()))
        : failure(failureReason().orElseThrow());
  }
}
