// The write gate a backup holds: changes in the held directory wait for the release (and are not refused),
// a hold waits for the changes under way, and other directories are not held.

import { describe, expect, it } from 'vitest';
import { gatedChange, holdChanges } from '../../../../server/storage/embedded/backup/write-gate';

describe('the write gate', () => {
  it('keeps a change in the held directory waiting until the release, then runs it', async () => {
    const order: string[] = [];
    const release = await holdChanges('/data/a');
    const change = gatedChange('/data/a/responses/c-1.jsonl', () => order.push('changed'));
    // A change elsewhere goes through at once.
    await gatedChange('/data/ab/records.json', () => order.push('elsewhere'));
    order.push('released');
    release();
    await change;
    expect(order).toEqual(['elsewhere', 'released', 'changed']);
  });

  it('lets the changes under way finish before the hold is granted', async () => {
    const order: string[] = [];
    let finish!: () => void;
    const underWay = gatedChange('/data/b/audit.jsonl', async () => {
      await new Promise<void>((resolve) => (finish = resolve));
      order.push('change finished');
    });
    const hold = holdChanges('/data/b').then((release) => {
      order.push('held');
      return release;
    });
    order.push('asked');
    finish();
    (await hold)();
    await underWay;
    expect(order).toEqual(['asked', 'change finished', 'held']);
  });
});
