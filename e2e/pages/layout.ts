import { expect, type Locator } from '@playwright/test'

/**
 * Fails unless `inner` is drawn within `outer`'s width: not cut off, or scrolled out of sight, at
 * either side.
 */
export async function expectWithinWidth(inner: Locator, outer: Locator, what: string): Promise<void> {
  const [innerBox, outerBox] = await Promise.all([inner.boundingBox(), outer.boundingBox()])
  expect(innerBox, `${what} is drawn`).not.toBeNull()
  expect(outerBox, `what holds ${what} is drawn`).not.toBeNull()
  const [box, frame] = [innerBox!, outerBox!]
  expect(box.width, `${what} has a width`).toBeGreaterThan(0)
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(frame.x)
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(frame.x + frame.width)
}
