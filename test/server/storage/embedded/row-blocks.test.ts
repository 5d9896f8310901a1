// The columns a campaign's responses are held in: rows read back as set, rows never set read as zeros, and
// what a checkpoint writes is every row's bytes whatever size the blocks had grown to.

import { describe, expect, it } from 'vitest';
import { BLOCK_ROWS, RowBlocks } from '../../../../server/storage/embedded/row-blocks';

const concat = (parts: Iterable<Uint8Array>) => Buffer.concat([...parts].map((p) => Buffer.from(p)));

describe('row blocks', () => {
  it('reads back every value set, across blocks, and zeros for rows never set', () => {
    const column = new RowBlocks('u16', 2);
    const rows = [0, 1, 1_500, BLOCK_ROWS - 1, BLOCK_ROWS + 3, 3 * BLOCK_ROWS + 7];
    rows.forEach((row, n) => {
      column.set(row, n + 1, 0);
      column.set(row, 1_000 + n, 1);
    });
    rows.forEach((row, n) => expect([column.get(row, 0), column.get(row, 1)]).toEqual([n + 1, 1_000 + n]));
    for (const row of [2, 1_499, 1_501, BLOCK_ROWS, 2 * BLOCK_ROWS + 5, 5 * BLOCK_ROWS])
      expect(column.get(row, 1)).toBe(0);
  });

  it('writes the bytes of every row, zeros included, and takes them back as they were', () => {
    const column = new RowBlocks('u32');
    const rows = BLOCK_ROWS + 10;
    for (let row = 0; row < 40; row++) column.set(row, row * 3);
    column.set(BLOCK_ROWS + 2, 77);
    const bytes = concat(column.bytes(rows));
    expect(bytes.length).toBe(column.byteLength(rows));
    const copy = new RowBlocks('u32');
    let at = 0;
    for (const view of copy.allocate(rows)) {
      view.set(bytes.subarray(at, at + view.length));
      at += view.length;
    }
    expect(at).toBe(bytes.length);
    for (const row of [0, 39, 40, BLOCK_ROWS + 1, BLOCK_ROWS + 2, BLOCK_ROWS + 9])
      expect(copy.get(row)).toBe(column.get(row));
    copy.set(rows, 5); // a row appended after a read grows the last block
    expect([copy.get(rows - 1), copy.get(rows)]).toEqual([0, 5]);
  });

  it('keeps the rows listed, moved down, with the rest cleared for rows appended later', () => {
    const column = new RowBlocks('u8');
    for (let row = 0; row < 10; row++) column.set(row, row + 1);
    column.compact([1, 4, 5]);
    expect([0, 1, 2, 3, 9].map((row) => column.get(row))).toEqual([2, 5, 6, 0, 0]);
  });

  it('moves a late row down past the end of a block that had not grown that far', () => {
    const column = new RowBlocks('u8');
    for (let row = 0; row < 10; row++) column.set(row, row + 1);
    column.set(BLOCK_ROWS + 1, 99);
    const kept = [...Array.from({ length: 1_200 }, (_, row) => row), BLOCK_ROWS + 1, BLOCK_ROWS + 2];
    column.compact(kept);
    expect([0, 9, 10, 1_199, 1_200, 1_201].map((row) => column.get(row))).toEqual([1, 10, 0, 0, 99, 0]);
    expect(column.get(BLOCK_ROWS + 1)).toBe(0);
  });
});
