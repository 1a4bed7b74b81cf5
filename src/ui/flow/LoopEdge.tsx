import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react'

export type LifecycleEdgeData = { readonly taken: number; readonly loop: 'above' | 'below' | null }
export type LifecycleEdgeType = Edge<LifecycleEdgeData, 'lifecycle'>

/** A lifecycle transition, drawn as a loop when it leaves the status where it started. */
export function LifecycleEdge(props: EdgeProps<LifecycleEdgeType>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, label, markerEnd } = props
  const loop = data?.loop ?? null
  let path: string
  let labelX: number
  let labelY: number
  if (loop) {
    // From the node's right side round to its left side, above or below it.
    const lift = loop === 'above' ? -70 : 70
    const startY = sourceY + (loop === 'above' ? -8 : 8)
    const endY = targetY + (loop === 'above' ? -8 : 8)
    path = `M ${sourceX} ${startY} C ${sourceX + 40} ${startY + lift}, ${targetX - 40} ${endY + lift}, ${targetX} ${endY}`
    labelX = (sourceX + targetX) / 2
    labelY = (startY + endY) / 2 + lift * 0.75
  } else {
    ;[path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition })
  }
  const taken = data?.taken ?? 0
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={taken > 0 ? 'lifecycle-edge taken' : 'lifecycle-edge'}
      />
      <EdgeLabelRenderer>
        <span
          className={taken > 0 ? 'lifecycle-label taken' : 'lifecycle-label'}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          {label}
          {taken > 0 && ` ×${taken}`}
        </span>
      </EdgeLabelRenderer>
    </>
  )
}
