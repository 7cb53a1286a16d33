package io.capshift.adapter.grpc;

import io.grpc.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * An input stream that stops reading once its call is cancelled or past its deadline, so an import
 * whose client has gone stops parsing (and stores nothing) instead of finishing the work.
 */
final class CancellableInputStream extends FilterInputStream {
  private final Context context;

  CancellableInputStream(InputStream in, Context context) {
    super(in);
    this.context = context;
  }

  @Override
  public int read() throws IOException {
    check();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    return super.read(b, off, len);
  }

  @Override
  public long skip(long n) throws IOException {
    check();
    return super.skip(n);
  }

  private void check() throws InterruptedIOException {
    if (context.isCancelled()) {
      throw new InterruptedIOException("call cancelled or past its deadline");
    }
  }
}
