package io.capshift.adapter.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@code capshift serve} was asked to serve.
 *
 * @param host the address to bind
 * @param port the TCP port; 0 picks a free one
 * @param tlsCert a PEM certificate chain to serve TLS with, with {@code tlsKey}
 * @param tlsKey the PEM PKCS#8 private key of {@code tlsCert}
 * @param tokenFile a file holding the bearer token that writes need
 * @param readTokenFile a file holding a bearer token that reads need too
 */
public record ServeSettings(
    String host,
    int port,
    Optional<Path> tlsCert,
    Optional<Path> tlsKey,
    Optional<Path> tokenFile,
    Optional<Path> readTokenFile) {}
