/** Polls until `done` holds (or about a second passes), then returns the last value read. */
export async function waitFor<T>(read: () => T, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = read()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return read()
}
