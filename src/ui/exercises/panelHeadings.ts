/** The heading ids of the panels an exercise card's concept link may name: the link focuses that panel. */
const PANEL_HEADINGS: Readonly<Record<string, string>> = {
  Commands: 'commands-heading',
  'Event log': 'event-log-heading',
  'Replayed state': 'replayed-state-heading',
  'Time travel': 'time-travel-heading',
  'Step-by-step replay': 'replay-heading',
  'Conflict lab': 'lab-heading',
  'Read models': 'read-models-heading',
  Snapshots: 'snapshots-heading',
  Flow: 'flow-heading',
  'What if': 'what-if-heading',
  'Compare positions': 'compare-heading',
}

/** The heading id of a panel named on a card; the Commands panel when the name is not known. */
export function panelHeadingId(panel: string): string {
  return PANEL_HEADINGS[panel] ?? 'commands-heading'
}
