import { lazy } from 'react'
import type { DomainViews } from '../../../react/DomainViews'

/** The catalog item's own views: its chart, loaded when first shown. */
export const catalogViews: DomainViews = {
  charts: lazy(() => import('./CatalogCharts')),
}
