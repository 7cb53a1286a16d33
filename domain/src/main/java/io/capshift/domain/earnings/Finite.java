package io.capshift.domain.earnings;

/** The finiteness check every earnings calculator makes of its raw inputs. */
final class Finite {
  private Finite() {}

  /**
   * @throws IllegalArgumentException naming {@code field} when {@code v} is NaN or infinite
   */
  static void require(String field, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(field + " must be finite: " + v);
    }
  }
}
