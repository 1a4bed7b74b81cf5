/** Moves keyboard focus (and the view) to the panel a heading belongs to. */
export function focusPanel(headingId: string): void {
  const panel = document.getElementById(headingId)?.closest('section')
  if (!panel) return
  if (!panel.hasAttribute('tabindex')) panel.setAttribute('tabindex', '-1')
  panel.focus()
}
