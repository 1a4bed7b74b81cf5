/** Moves keyboard focus (and the view) to the panel a heading belongs to. */
export function focusPanel(headingId: string): void {
  const panel = document.getElementById(headingId)?.closest('section')
  if (!panel) return
  if (!panel.hasAttribute('tabindex')) panel.setAttribute('tabindex', '-1')
  panel.focus()
}

/**
 * Focuses a panel once it is on the page: after a link changes the view, the panel renders a
 * moment later (and lazy panels later still). Gives up after about two seconds.
 */
export function focusPanelWhenShown(headingId: string, framesLeft = 120): void {
  if (document.getElementById(headingId)) {
    focusPanel(headingId)
    return
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusPanelWhenShown(headingId, framesLeft - 1))
}
