import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react'

export type TravelEdgeData = {
  readonly active: boolean
  /** Changes with every event, so the token starts its trip again. */
  readonly trip: number
  /** The order of this edge on the trip: its token leaves after the ones before it. */
  readonly leg: number
}
export type TravelEdgeType = Edge<TravelEdgeData, 'travel'>

/** How long the token takes along one edge. */
const LEG_SECONDS = 0.35

/** An edge along which the current event travels as a dot, leg after leg. */
export function TravelEdge(props: EdgeProps<TravelEdgeType>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd } = props
  const [path] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition })
  const active = data?.active ?? false
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={active ? 'travel-edge active' : 'travel-edge'} />
      {active && (
        <circle key={data?.trip} r={5} className="travel-token" opacity={0}>
          <animateMotion
            dur={`${LEG_SECONDS}s`}
            begin={`${(data?.leg ?? 0) * LEG_SECONDS}s`}
            fill="freeze"
            path={path}
          />
          <set attributeName="opacity" to="1" begin={`${(data?.leg ?? 0) * LEG_SECONDS}s`} fill="freeze" />
        </circle>
      )}
    </>
  )
}
