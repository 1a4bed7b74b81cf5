import { lazy } from 'react'
import type { DomainViews } from '../../../react/DomainViews'

/** The bank account's own views: its charts, loaded when first shown. */
export const accountViews: DomainViews = {
  charts: lazy(() => import('./AccountCharts')),
}
