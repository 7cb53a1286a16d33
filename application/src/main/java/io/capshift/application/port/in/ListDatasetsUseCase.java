package io.capshift.application.port.in;

/** Lists what the store holds. */
public interface ListDatasetsUseCase {

  /**
   * @throws io.capshift.domain.error.InvalidInputException for a page token not from us
   */
  DatasetPage listDatasets(ListDatasetsQuery query);
}
