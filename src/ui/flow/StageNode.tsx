import { Handle, Position, type Node, type NodeProps } from '@xyflow/react'
import { memo } from 'react'

export type StageNodeData = {
  readonly title: string
  readonly detail: string
  readonly active: boolean
  readonly current: boolean
}
export type StageNodeType = Node<StageNodeData, 'stage'>

/**
 * One stage of a diagram: a button, so it can be reached by keyboard. Its click (mouse, Enter or
 * Space) bubbles to the diagram's onNodeClick.
 */
export const StageNode = memo(function StageNode({ data }: NodeProps<StageNodeType>) {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <Handle type="target" id="top" position={Position.Top} isConnectable={false} />
      <Handle type="target" id="bottom-in" position={Position.Bottom} isConnectable={false} />
      <Handle type="target" id="right-in" position={Position.Right} isConnectable={false} />
      <button
        type="button"
        className={`stage-node${data.active ? ' active' : ''}${data.current ? ' current' : ''}`}
        aria-current={data.current ? 'step' : undefined}
      >
        <span className="stage-title">{data.title}</span>
        {data.detail && <span className="stage-detail">{data.detail}</span>}
      </button>
      <Handle type="source" position={Position.Right} isConnectable={false} />
      <Handle type="source" id="bottom" position={Position.Bottom} isConnectable={false} />
      <Handle type="source" id="top-out" position={Position.Top} isConnectable={false} />
      <Handle type="source" id="left-out" position={Position.Left} isConnectable={false} />
    </>
  )
})
