/**
 * The gRPC services of {@code capshift.v1}: requests mapped to queries and checked, results mapped
 * to responses, failures to statuses with {@code google.rpc} details (one {@code
 * GrpcStatusMapper}); call admission and access rules.
 *
 * <p>Depends on {@code application.port}, the domain, the generated API and gRPC; never on another
 * adapter.
 */
package io.capshift.adapter.grpc;
