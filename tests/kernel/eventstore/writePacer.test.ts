import { describe, expect, it } from 'vitest'
import { createWritePacer } from '../../../src/kernel/eventstore/writePacer'

/** A write the test finishes when it likes. */
function pendingWrite() {
  let finish = () => undefined as void
  const done = new Promise<void>((resolve) => (finish = resolve))
  return { done, finish }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/** A clock the test moves. */
function clock() {
  let time = 0
  return { now: () => time, work: (ms: number) => (time += ms) }
}

describe('the import’s write pacer', () => {
  it('hands over up to its writes ahead without waiting while the page’s slice lasts', async () => {
    const time = clock()
    const written: number[] = []
    const pacer = createWritePacer((end) => written.push(end), { writesAhead: 2, sliceMs: 8, now: time.now })
    const writes = [pendingWrite(), pendingWrite(), pendingWrite()]
    await pacer.handed(writes[0]!.done, 100)
    await pacer.handed(writes[1]!.done, 200)
    expect(written).toEqual([])
    // A third in flight is one too many: the page waits for the oldest.
    let waited = false
    const third = pacer.handed(writes[2]!.done, 300).then(() => (waited = true))
    await settle()
    expect(waited).toBe(false)
    writes[0]!.finish()
    await third
    expect(written).toEqual([100])
    writes[1]!.finish()
    writes[2]!.finish()
    await pacer.finished()
    expect(written).toEqual([100, 200, 300])
  })

  it('once the slice is spent, waits for a write still running, past those already done', async () => {
    const time = clock()
    const written: number[] = []
    const pacer = createWritePacer((end) => written.push(end), { writesAhead: 3, sliceMs: 8, now: time.now })
    const [first, second, third] = [pendingWrite(), pendingWrite(), pendingWrite()]
    await pacer.handed(first.done, 100)
    await pacer.handed(second.done, 200)
    // The database finished both while the page worked on the next chunk for longer than a slice.
    first.finish()
    second.finish()
    await settle()
    time.work(9)
    let resumed = false
    const next = pacer.handed(third.done, 300).then(() => (resumed = true))
    await settle()
    // The two done writes are told, and the page still waits: for the running one, whose end is a task of its own.
    expect(written).toEqual([100, 200])
    expect(resumed).toBe(false)
    third.finish()
    await next
    expect(written).toEqual([100, 200, 300])
    // A new slice begins when it resumes: the next chunk is handed over without waiting.
    const fourth = pendingWrite()
    await pacer.handed(fourth.done, 400)
    expect(written).toEqual([100, 200, 300])
    fourth.finish()
    await pacer.finished()
    expect(written).toEqual([100, 200, 300, 400])
  })

  it('passes on a failed write’s error', async () => {
    const pacer = createWritePacer(() => undefined, { writesAhead: 0, sliceMs: 8, now: () => 0 })
    await expect(pacer.handed(Promise.reject(new Error('constraint')), 100)).rejects.toThrow('constraint')
  })
})
