import {
  customerHistoryProjection,
  orderSummaryProjection,
  salesReportProjection,
  type CustomerHistoryRow,
  type OrderSummaryRow,
  type SalesReportRow,
} from '../domains/order/projections'
import type { EventStore } from '../kernel/eventstore'
import type { DerivedStorage } from '../kernel/readside/derivedStorage'
import { createProjectionRunner, type ProjectionRunner } from '../kernel/readside/projectionRunner'

/** The playground's three read models, each kept by its own runner. */
export interface ReadModels {
  readonly orderSummary: ProjectionRunner<OrderSummaryRow>
  readonly salesReport: ProjectionRunner<SalesReportRow>
  readonly customerHistory: ProjectionRunner<CustomerHistoryRow>
}

export function createReadModels(
  eventStore: EventStore,
  storage: DerivedStorage,
  lastPosition: () => number,
): ReadModels {
  return {
    orderSummary: createProjectionRunner(orderSummaryProjection, eventStore, storage, lastPosition),
    salesReport: createProjectionRunner(salesReportProjection, eventStore, storage, lastPosition),
    customerHistory: createProjectionRunner(customerHistoryProjection, eventStore, storage, lastPosition),
  }
}

/** Every runner, for starting, resetting or rebuilding them all. */
export function eachReadModel(readModels: ReadModels): ReadonlyArray<ProjectionRunner<unknown>> {
  return [readModels.orderSummary, readModels.salesReport, readModels.customerHistory] as ReadonlyArray<
    ProjectionRunner<unknown>
  >
}
