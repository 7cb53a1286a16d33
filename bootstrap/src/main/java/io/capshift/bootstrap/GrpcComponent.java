package io.capshift.bootstrap;

import dagger.Component;
import io.capshift.adapter.grpc.DataGrpcService;
import io.capshift.adapter.grpc.EarningsGrpcService;
import io.capshift.adapter.grpc.FundGrpcService;
import io.capshift.adapter.grpc.HistoryGrpcService;
import io.capshift.adapter.grpc.RatesGrpcService;
import io.capshift.adapter.grpc.RotationGrpcService;
import io.capshift.adapter.grpc.ValuationGrpcService;
import io.capshift.application.port.in.UseCases;

/** The gRPC services over one set of use cases; built by the server, never by an embedder. */
@Component(dependencies = UseCases.class)
interface GrpcComponent {

  ValuationGrpcService valuationGrpcService();

  DataGrpcService dataGrpcService();

  EarningsGrpcService earningsGrpcService();

  RatesGrpcService ratesGrpcService();

  FundGrpcService fundGrpcService();

  HistoryGrpcService historyGrpcService();

  RotationGrpcService rotationGrpcService();

  @Component.Factory
  interface Factory {
    GrpcComponent create(UseCases useCases);
  }
}
