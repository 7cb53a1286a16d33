package io.capshift.domain.error;

/**
 * Every reason code a capshift error can carry, the {@code reason} of its {@code
 * google.rpc.ErrorInfo} (domain {@code capshift.io}). Clients may switch on them; they are stable.
 * The proto enum {@code capshift.v1.ErrorReason} lists the same names, each prefixed {@code
 * ERROR_REASON_}, with the gRPC status code each comes with.
 */
public enum Reason {
  // Bad input: INVALID_ARGUMENT

  /** A request field is invalid; the error names each field. */
  INVALID_ARGUMENT,
  /** An imported file cannot be read as its format; the error names file, line and column. */
  MALFORMED_FILE,
  /** An import stream did not start with its header. */
  IMPORT_HEADER_MISSING,
  /** An import stream sent a second header. */
  IMPORT_HEADER_REPEATED,

  // Not there: NOT_FOUND

  /** No index or fund of that id is stored. */
  INDEX_NOT_FOUND,
  /** No fund of that id has holdings or facts stored. */
  FUND_NOT_FOUND,
  /** No series of that id is stored or can be derived. */
  SERIES_NOT_FOUND,
  /** A dataset was replaced by a later import while it was being read. */
  DATASET_NOT_FOUND,
  /** No fed funds futures strip is stored (on or before the date). */
  STRIP_NOT_FOUND,
  /** No earnings data of that index is stored. */
  EARNINGS_NOT_FOUND,
  /** No flows or shares outstanding of that fund are stored. */
  FLOWS_NOT_FOUND,
  /** Reference data a method needs (the FOMC calendar, the target ranges) is not stored. */
  REFERENCE_DATA_NOT_FOUND,
  /** The resource exists, but has no data as early as asked; metadata names the first date. */
  NO_DATA_BEFORE_DATE,

  // Not possible in the store's state: FAILED_PRECONDITION

  /** A series has no observation in the window asked for. */
  SERIES_EMPTY,
  /** A futures strip cannot be solved by the FedWatch method (e.g. it prices no meeting). */
  STRIP_NOT_SOLVABLE,
  /** A target id already holds another kind of data. */
  TARGET_KIND_CONFLICT,
  /** Another process is writing the store. */
  STORE_LOCKED,
  /** The store was closed. */
  STORE_CLOSED,
  /** The store cannot be opened. */
  STORE_UNAVAILABLE,
  /** A stored file cannot be read. */
  STORE_READ_FAILED,
  /** A write to the store failed; nothing was stored. */
  STORE_WRITE_FAILED,
  /**
   * No component of the rotation signal has usable data at the date; the message gives each one's
   * reason.
   */
  NO_USABLE_COMPONENT,

  // Damaged data: DATA_LOSS

  /** A stored file fails its checksum or cannot be decoded; the error names it. */
  DATA_CORRUPT,

  // The server's limits and state: RESOURCE_EXHAUSTED, UNAVAILABLE, CANCELLED, DEADLINE_EXCEEDED

  /** An import is larger than the server accepts. */
  IMPORT_TOO_LARGE,
  /** As many short calls as the server admits are running or waiting. */
  TOO_MANY_CALLS,
  /** As many long jobs (imports, backtests) as the server admits are running. */
  TOO_MANY_LONG_JOBS,
  /** The call waited longer than allowed for a worker; metadata {@code limit_ms} says how long. */
  QUEUE_WAIT_EXCEEDED,
  /** The server is stopping. */
  SHUTTING_DOWN,
  /** The client cancelled the call. */
  CANCELLED,
  /** The call's deadline passed. */
  DEADLINE_EXCEEDED,

  // Access: UNAUTHENTICATED, PERMISSION_DENIED

  /** The call needs an {@code authorization: Bearer} token and has none. */
  TOKEN_MISSING,
  /** The token given is not valid for this call. */
  TOKEN_INVALID,
  /** Writes are off: the server listens beyond loopback without a write token. */
  WRITES_DISABLED,

  // Anything else: INTERNAL

  /** An unexpected failure; the server log has the details. */
  INTERNAL
}
