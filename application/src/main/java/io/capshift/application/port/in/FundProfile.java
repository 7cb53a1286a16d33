package io.capshift.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fund at a date: the look-through of its holdings and the facts its publisher states, each
 * labelled with its source and date.
 *
 * @param fundId e.g. {@code IWM}
 * @param asked the date asked, if any
 * @param holdings the holdings view; empty when no snapshot is stored on or before the date
 * @param holdingsNote why holdings are absent, or what they cover
 * @param facts fund-level facts, by name
 * @param dataVersion the store's data version the answer reflects
 */
public record FundProfile(
    String fundId,
    Optional<LocalDate> asked,
    Optional<FundHoldings> holdings,
    String holdingsNote,
    List<FundFact> facts,
    long dataVersion) {

  public FundProfile {
    Objects.requireNonNull(asked, "asked");
    Objects.requireNonNull(holdings, "holdings");
    facts = List.copyOf(facts);
  }

  /** The fact named {@code name}, if stated. */
  public Optional<FundFact> fact(String name) {
    return facts.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
