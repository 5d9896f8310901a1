// Finds rows by a 32-bit hash of something they hold (an id, an idempotency key): open addressing over a
// typed array of row numbers, 4 bytes a slot and at most half the slots used, so a million rows cost 8 MB
// and no object each. The caller says what the hash of a row is and whether a row matches.

export class RowIndex {
  private slots = new Uint32Array(1024);
  private used = 0;

  constructor(private readonly hashOf: (row: number) => number) {}

  /** The first row with this hash that `matches` accepts, or -1. */
  find(hash: number, matches: (row: number) => boolean): number {
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const held = this.slots[i]!;
      if (held === 0) return -1;
      if (matches(held - 1)) return held - 1;
    }
  }

  add(row: number): void {
    if ((this.used + 1) * 2 > this.slots.length) this.grow();
    this.place(row);
    this.used++;
  }

  private place(row: number): void {
    const mask = this.slots.length - 1;
    let i = this.hashOf(row) & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = row + 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (const held of old) if (held !== 0) this.place(held - 1);
  }
}
