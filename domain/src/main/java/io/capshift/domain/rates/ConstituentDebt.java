package io.capshift.domain.rates;

/**
 * An index's debt measured from its constituents, in the form the index-level formula takes: {@code
 * Σ ΔE_i / Σ E_i = −Δr · (1 − tax) · Σ f_i·D_i / Σ E_i}, so the measured debt/earnings is {@code Σ
 * D_i / Σ E_i} and the floating share the debt-weighted {@code Σ f_i·D_i / Σ D_i}, with the index
 * default standing in for names that give no floating share.
 *
 * @param namesUsed constituents with both total debt and earnings
 * @param namesSkipped constituents without one of them
 * @param valueShareUsed the used names' share of the snapshot's value, decimal
 * @param debtToEarnings {@code Σ D_i / Σ E_i} over the used names, multiple
 * @param floatingDebtShare debt-weighted floating share, decimal
 * @param debtShareWithFloatingGiven share of the used debt whose floating share the data gives (the
 *     rest takes the default), decimal
 */
public record ConstituentDebt(
    int namesUsed,
    int namesSkipped,
    double valueShareUsed,
    double debtToEarnings,
    double floatingDebtShare,
    double debtShareWithFloatingGiven) {}
