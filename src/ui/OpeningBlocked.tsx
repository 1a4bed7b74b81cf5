/** Shown instead of the playground while opening its database waits on another tab. */
export function OpeningBlocked() {
  return (
    <main className="opening-blocked">
      <h1>Event Sourcing Playground</h1>
      <p role="alert" className="banner">
        <strong>Waiting for another tab:</strong> it holds the playground’s database open with an older version, so this
        tab cannot open it yet. Close or reload the other tab; this one carries on by itself once it can.
      </p>
    </main>
  )
}
