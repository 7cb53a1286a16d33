package io.capshift.adapter.cli;

/**
 * A command whose answer is a function of its command line, today's date and the content of the
 * store it reads, and which does nothing else: asked again of an unchanged store, the answer it
 * printed before may be given again ({@link KeptAnswers}). It reads the store named by its {@link
 * StoreOption}; its answer may depend on today's date unless it has a date option the command line
 * sets.
 */
interface Repeatable {
  /** False when this run does more than print (it writes a chart or a page). */
  default boolean onlyPrints() {
    return true;
  }
}
