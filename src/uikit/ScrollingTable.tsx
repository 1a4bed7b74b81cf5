import type { ReactNode } from 'react'

/**
 * A read-side table that keeps ids, amounts and times whole: where its panel is too narrow for it,
 * it scrolls sideways inside the panel instead of breaking its cells mid-word.
 */
export function ScrollingTable({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className={className ? `read-model-table ${className}` : 'read-model-table'}>{children}</table>
    </div>
  )
}
