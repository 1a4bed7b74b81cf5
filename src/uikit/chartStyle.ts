/**
 * One look for every chart, in the page's colours, so light and dark mode both read: recharts
 * draws its tooltip white with grey text unless told otherwise.
 */
export const CHART_TOOLTIP = {
  contentStyle: {
    background: 'var(--panel)',
    border: '1px solid var(--border)',
    borderRadius: 6,
    color: 'var(--text)',
  },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
  cursor: { fill: 'var(--row-alt)', stroke: 'var(--border)' },
} as const

/** Axis ticks: small, in the page's muted text colour. */
export const CHART_TICK = { fontSize: 11, fill: 'var(--muted)' } as const
