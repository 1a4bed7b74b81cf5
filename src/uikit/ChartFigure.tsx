import type { ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'

/** A chart with its caption takes this much room; kept while it is off screen. */
export const CHART_BLOCK_HEIGHT = 210
export const CHART_MARGIN = { top: 18, right: 16, bottom: 4, left: 0 }

/** Cents as the dollars a chart's axis plots. */
export const centsToDollars = (cents: number) => Math.round(cents) / 100
export const formatDollars = (value: number) => `${value < 0 ? '-' : ''}$${Math.abs(value).toFixed(2)}`

/** A chart as a figure named by its caption, or a sentence when there is nothing to draw. */
export function ChartFigure({
  title,
  children,
  empty,
}: {
  title: string
  children: ReactElement
  empty: string | null
}) {
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      {empty ? (
        <p className="empty">{empty}</p>
      ) : (
        <ResponsiveContainer width="100%" height={180}>
          {children}
        </ResponsiveContainer>
      )}
    </figure>
  )
}
