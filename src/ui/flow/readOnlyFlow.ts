/** Props that make a React Flow diagram something to read, not edit: no dragging, connecting, panning or zooming. */
export const READ_ONLY_FLOW = {
  fitView: true,
  // React Flow zooms out no further than 0.5 by default, which cuts a diagram off on a phone.
  minZoom: 0.1,
  nodesDraggable: false,
  nodesConnectable: false,
  elementsSelectable: false,
  panOnDrag: false,
  zoomOnScroll: false,
  zoomOnPinch: false,
  zoomOnDoubleClick: false,
  // Lets the page scroll over the diagram.
  preventScrolling: false,
} as const
