import { lazy } from 'react'
import type { DomainViews } from '../../../react/DomainViews'
import { DuplicateDeliveryDemo } from './DuplicateDeliveryDemo'
import { SchemaEvolution } from './SchemaEvolution'

/** The Order's own views: its charts (loaded when first shown), the duplicate-delivery demo and schema evolution. */
export const orderViews: DomainViews = {
  charts: lazy(() => import('./OrderCharts')),
  readModelsExtra: DuplicateDeliveryDemo,
  exercisesExtra: SchemaEvolution,
}
