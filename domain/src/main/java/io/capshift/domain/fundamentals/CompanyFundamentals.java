package io.capshift.domain.fundamentals;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One company's fundamentals as a source stated them at its date. Every figure is optional: a
 * ticker map gives only the identity, an XBRL frame one figure.
 *
 * @param ticker the source's ticker, e.g. {@code MOG-A}; may be empty when {@code cik} is given
 * @param cik the SEC central index key, where known
 * @param name company name; may be empty
 * @param sector sector as the source labels it; may be empty
 * @param country country of the company; may be empty
 * @param marketCap USD, every share class where the source says so; not negative
 * @param netIncome USD, trailing twelve months (GAAP net income)
 * @param eps USD per diluted share, trailing twelve months
 * @param forwardEps USD per share, consensus for the next fiscal year
 * @param price USD per share, the price the source's ratios use; not negative
 * @param shares shares outstanding, count (one class where the source counts one); not negative
 * @param bookEquity USD, shareholders' equity
 * @param totalDebt USD, short and long term
 * @param dividendPerShare USD per share a year; 0 for a company that pays none; not negative
 */
public record CompanyFundamentals(
    String ticker,
    OptionalLong cik,
    String name,
    String sector,
    String country,
    OptionalDouble marketCap,
    OptionalDouble netIncome,
    OptionalDouble eps,
    OptionalDouble forwardEps,
    OptionalDouble price,
    OptionalDouble shares,
    OptionalDouble bookEquity,
    OptionalDouble totalDebt,
    OptionalDouble dividendPerShare) {

  public CompanyFundamentals {
    ticker = Objects.requireNonNullElse(ticker, "").strip();
    Objects.requireNonNull(cik, "cik");
    name = Objects.requireNonNullElse(name, "");
    sector = Objects.requireNonNullElse(sector, "");
    country = Objects.requireNonNullElse(country, "");
    if (ticker.isEmpty() && cik.isEmpty()) {
      throw new IllegalArgumentException("a company needs a ticker or a CIK");
    }
    if (cik.isPresent() && cik.getAsLong() <= 0) {
      throw new IllegalArgumentException("CIK must be positive: " + cik.getAsLong());
    }
    String who = ticker.isEmpty() ? "CIK " + cik.getAsLong() : ticker;
    notNegative("marketCap", who, marketCap);
    finite("netIncome", who, netIncome);
    finite("eps", who, eps);
    finite("forwardEps", who, forwardEps);
    notNegative("price", who, price);
    notNegative("shares", who, shares);
    finite("bookEquity", who, bookEquity);
    notNegative("totalDebt", who, totalDebt);
    notNegative("dividendPerShare", who, dividendPerShare);
  }

  /** A company known only by its identity, as a ticker map gives it. */
  public static CompanyFundamentals identity(String ticker, long cik, String name) {
    return builder(ticker).cik(cik).name(name).build();
  }

  /** A builder for the company with {@code ticker} (may be empty when a CIK follows). */
  public static Builder builder(String ticker) {
    return new Builder(ticker);
  }

  /** The join key of {@link #ticker()}; empty for a company known by CIK only. */
  public String key() {
    return Tickers.normalise(ticker);
  }

  /** How this company is named in messages: its ticker, else its CIK. */
  public String label() {
    return ticker.isEmpty() ? "CIK " + cik.getAsLong() : ticker;
  }

  /**
   * How far the market cap departs from shares × price, as {@code |MC / (shares × price) − 1|};
   * empty unless all three are given and positive. Large for multi-class companies (the market cap
   * counts every class, the shares one) and for a wrong market cap.
   */
  public OptionalDouble capDisagreement() {
    if (marketCap.isEmpty() || shares.isEmpty() || price.isEmpty()) {
      return OptionalDouble.empty();
    }
    double implied = shares.getAsDouble() * price.getAsDouble();
    double mc = marketCap.getAsDouble();
    if (!(implied > 0) || !(mc > 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.abs(mc / implied - 1));
  }

  /** Whether any figure beyond the identity is given. */
  public boolean hasFigures() {
    return marketCap.isPresent()
        || netIncome.isPresent()
        || eps.isPresent()
        || forwardEps.isPresent()
        || price.isPresent()
        || shares.isPresent()
        || bookEquity.isPresent()
        || totalDebt.isPresent()
        || dividendPerShare.isPresent();
  }

  private static void finite(String field, String who, OptionalDouble v) {
    Objects.requireNonNull(v, field);
    if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
      throw new IllegalArgumentException(field + " must be finite for " + who);
    }
  }

  private static void notNegative(String field, String who, OptionalDouble v) {
    finite(field, who, v);
    if (v.isPresent() && v.getAsDouble() < 0) {
      throw new IllegalArgumentException(
          field + " cannot be negative for " + who + ": " + v.getAsDouble());
    }
  }

  /** Builds a {@link CompanyFundamentals}; a figure not set is not given. */
  public static final class Builder {
    private final String ticker;
    private OptionalLong cik = OptionalLong.empty();
    private String name = "";
    private String sector = "";
    private String country = "";
    private OptionalDouble marketCap = OptionalDouble.empty();
    private OptionalDouble netIncome = OptionalDouble.empty();
    private OptionalDouble eps = OptionalDouble.empty();
    private OptionalDouble forwardEps = OptionalDouble.empty();
    private OptionalDouble price = OptionalDouble.empty();
    private OptionalDouble shares = OptionalDouble.empty();
    private OptionalDouble bookEquity = OptionalDouble.empty();
    private OptionalDouble totalDebt = OptionalDouble.empty();
    private OptionalDouble dividendPerShare = OptionalDouble.empty();

    private Builder(String ticker) {
      this.ticker = ticker;
    }

    public Builder cik(long v) {
      cik = OptionalLong.of(v);
      return this;
    }

    public Builder cik(OptionalLong v) {
      cik = v;
      return this;
    }

    public Builder name(String v) {
      name = v;
      return this;
    }

    public Builder sector(String v) {
      sector = v;
      return this;
    }

    public Builder country(String v) {
      country = v;
      return this;
    }

    public Builder marketCap(OptionalDouble v) {
      marketCap = v;
      return this;
    }

    public Builder netIncome(OptionalDouble v) {
      netIncome = v;
      return this;
    }

    public Builder eps(OptionalDouble v) {
      eps = v;
      return this;
    }

    public Builder forwardEps(OptionalDouble v) {
      forwardEps = v;
      return this;
    }

    public Builder price(OptionalDouble v) {
      price = v;
      return this;
    }

    public Builder shares(OptionalDouble v) {
      shares = v;
      return this;
    }

    public Builder bookEquity(OptionalDouble v) {
      bookEquity = v;
      return this;
    }

    public Builder totalDebt(OptionalDouble v) {
      totalDebt = v;
      return this;
    }

    public Builder dividendPerShare(OptionalDouble v) {
      dividendPerShare = v;
      return this;
    }

    public CompanyFundamentals build() {
      return new CompanyFundamentals(
          ticker,
          cik,
          name,
          sector,
          country,
          marketCap,
          netIncome,
          eps,
          forwardEps,
          price,
          shares,
          bookEquity,
          totalDebt,
          dividendPerShare);
    }
  }
}
