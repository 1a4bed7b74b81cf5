import { describe, expect, it } from 'vitest'
import { compareTables, orderedPositions } from '../../../src/kernel/debugger/comparePositions'

describe('comparing two read-model tables', () => {
  const table = (rows: [string, string, number][]) => ({
    caption: 'Stock',
    noun: 'item',
    columns: ['Item', 'Count'],
    rows: rows.map(([key, name, count]) => ({ key, cells: [name, count] })),
  })
  it('gives rows that appeared, went and changed, cell by cell', () => {
    const before = [
      table([
        ['a', 'apple', 1],
        ['b', 'pear', 2],
        ['c', 'plum', 3],
      ]),
    ]
    const after = [
      table([
        ['a', 'apple', 1],
        ['b', 'pear', 5],
        ['d', 'fig', 1],
      ]),
    ]
    expect(compareTables(before, after)).toEqual([
      { caption: 'Stock', rowKey: 'b', rowName: 'pear', changes: [{ field: 'Count', before: '2', after: '5' }] },
      {
        caption: 'Stock',
        rowKey: 'c',
        rowName: 'plum',
        changes: [
          { field: 'Item', before: 'plum', after: '—' },
          { field: 'Count', before: '3', after: '—' },
        ],
      },
      {
        caption: 'Stock',
        rowKey: 'd',
        rowName: 'fig',
        changes: [
          { field: 'Item', before: '—', after: 'fig' },
          { field: 'Count', before: '—', after: '1' },
        ],
      },
    ])
  })
  it('puts two positions in order, inside the log', () => {
    expect(orderedPositions(9, 2, 5)).toEqual([2, 5])
    expect(orderedPositions(-1, 3.7, 5)).toEqual([0, 3])
  })
})
