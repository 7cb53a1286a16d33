package io.capshift.domain.earnings;

import java.time.LocalDate;
import java.util.List;

/**
 * The four quarters a trailing or forward sum needs are not all there with EPS on the asked basis.
 * An {@link IllegalArgumentException}, so it reads as bad input to the domain; the application
 * catches this type to answer the user with what is missing.
 */
public final class MissingQuartersException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final LocalDate asOf;
  private final EpsBasis basis;
  private final List<LocalDate> missingQuarterEnds;

  /**
   * @param asOf the date the sum was asked for
   * @param basis the EPS basis asked for
   * @param missingQuarterEnds the quarter ends with no entry or no EPS on that basis, ascending
   * @param message what is missing, for people
   */
  public MissingQuartersException(
      LocalDate asOf, EpsBasis basis, List<LocalDate> missingQuarterEnds, String message) {
    super(message);
    this.asOf = asOf;
    this.basis = basis;
    this.missingQuarterEnds = List.copyOf(missingQuarterEnds);
  }

  public LocalDate asOf() {
    return asOf;
  }

  public EpsBasis basis() {
    return basis;
  }

  /** The quarter ends (calendar quarter ends) that have no entry or no EPS on the basis. */
  public List<LocalDate> missingQuarterEnds() {
    return missingQuarterEnds;
  }
}
