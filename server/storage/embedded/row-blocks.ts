// One number (or a few, `stride`) per stored response, held in typed arrays of a fixed number of rows each.
// Growing adds a block and never copies what is held, so a million rows cost their bytes and nothing more,
// and a checkpoint writes and reads each block as raw bytes. The last block starts small and doubles as rows
// come (copying only it), so a campaign of a few hundred responses costs kilobytes rather than the 8 MB its
// eighty-odd columns would take in whole blocks; rows past a block's end read as zeros.

export type BlockKind = 'u8' | 'u16' | 'u32' | 'f64';
type Block = Uint8Array | Uint16Array | Uint32Array | Float64Array;

const SHIFT = 16;
export const BLOCK_ROWS = 1 << SHIFT;
const MASK = BLOCK_ROWS - 1;
/** A row's block is row >>> BLOCK_SHIFT, its place in it row & ROW_MASK. */
export const BLOCK_SHIFT = SHIFT;
export const ROW_MASK = MASK;

const BYTES: Record<BlockKind, number> = { u8: 1, u16: 2, u32: 4, f64: 8 };

function makeBlock(kind: BlockKind, length: number): Block {
  switch (kind) {
    case 'u8':
      return new Uint8Array(length);
    case 'u16':
      return new Uint16Array(length);
    case 'u32':
      return new Uint32Array(length);
    case 'f64':
      return new Float64Array(length);
  }
}

/** Rows a block is first made for: it doubles from there up to BLOCK_ROWS. */
const FIRST_ROWS = 1 << 10;

/** The largest number a kind holds (f64 holds offsets, exact up to 2^53). */
export const KIND_MAX: Record<BlockKind, number> = {
  u8: 0xff,
  u16: 0xffff,
  u32: 0xffffffff,
  f64: Number.MAX_SAFE_INTEGER,
};

export class RowBlocks {
  private blocks: Block[] = [];

  constructor(
    private kindHeld: BlockKind,
    readonly stride = 1,
  ) {}

  get kind(): BlockKind {
    return this.kindHeld;
  }

  /**
   * Block `b` (rows b·BLOCK_ROWS onwards), for reading many columns of one row: at `(row & ROW_MASK) * stride`,
   * where an index past its end (a row never set) reads as undefined, to be taken as 0.
   */
  block(b: number): Block | undefined {
    return this.blocks[b];
  }

  /** 0 for a row never set: a column that appears late has no answer in the rows before it. */
  get(row: number, k = 0): number {
    return this.blocks[row >>> SHIFT]?.[(row & MASK) * this.stride + k] ?? 0;
  }

  set(row: number, value: number, k = 0): void {
    const b = row >>> SHIFT;
    const i = (row & MASK) * this.stride + k;
    const block = this.blocks[b];
    (block !== undefined && i < block.length ? block : this.room(b, i))[i] = value;
  }

  /** Block `b`, made or grown to hold index `i`; the blocks before it made (empty) if missing. */
  private room(b: number, i: number): Block {
    while (this.blocks.length <= b) this.blocks.push(makeBlock(this.kindHeld, 0));
    const old = this.blocks[b]!;
    const full = BLOCK_ROWS * this.stride;
    let length = Math.max(old.length, FIRST_ROWS * this.stride);
    while (length <= i) length *= 2;
    const grown = makeBlock(this.kindHeld, Math.min(length, full));
    grown.set(old);
    this.blocks[b] = grown;
    return grown;
  }

  /** Moves every block to a wider kind, when a dictionary outgrows the codes this one holds. */
  widen(kind: BlockKind): void {
    this.blocks = this.blocks.map((old) => {
      const wider = makeBlock(kind, old.length);
      wider.set(old);
      return wider;
    });
    this.kindHeld = kind;
  }

  /** Bytes a checkpoint takes to hold rows [0, rows). */
  byteLength(rows: number): number {
    return rows * this.stride * BYTES[this.kindHeld];
  }

  /** The bytes holding rows [0, rows), block by block; rows never written read as zeros. */
  *bytes(rows: number): Generator<Uint8Array> {
    for (let start = 0, b = 0; start < rows; start += BLOCK_ROWS, b++) {
      const length = (Math.min(rows - start, BLOCK_ROWS) * this.stride * BYTES[this.kindHeld]) | 0;
      const block = this.blocks[b];
      const held = Math.min(length, block?.byteLength ?? 0);
      if (held > 0) yield new Uint8Array(block!.buffer, block!.byteOffset, held);
      if (held < length) yield new Uint8Array(length - held);
    }
  }

  /**
   * Replaces the contents by fresh blocks for rows [0, rows), each no longer than its rows need (the last
   * grows with the next row set); returns the byte views to fill, in order.
   */
  allocate(rows: number): Uint8Array[] {
    this.blocks = [];
    const views: Uint8Array[] = [];
    for (let start = 0; start < rows; start += BLOCK_ROWS) {
      const block = makeBlock(this.kindHeld, Math.min(rows - start, BLOCK_ROWS) * this.stride);
      this.blocks.push(block);
      views.push(new Uint8Array(block.buffer, block.byteOffset, block.byteLength));
    }
    return views;
  }

  /**
   * Keeps only the rows listed (ascending), moved down to rows [0, kept.length); everything after them is
   * cleared, so a row appended later starts from zeros.
   */
  compact(kept: ArrayLike<number>): void {
    const s = this.stride;
    for (let j = 0; j < kept.length; j++) {
      const from = kept[j]!;
      if (from === j) continue;
      const source = this.blocks[from >>> SHIFT];
      const b = j >>> SHIFT;
      const target = this.blocks[b];
      if (!target) break; // blocks are made in order: none after this one either, so all read as zeros
      const at = (from & MASK) * s;
      const to = (j & MASK) * s;
      if (source !== undefined && at + s <= source.length) {
        const room = to + s <= target.length ? target : this.room(b, to + s - 1);
        room.set(source.subarray(at, at + s), to);
      } else {
        target.fill(0, to, to + s); // a row never written reads as zeros (fill stops at a short block's end)
      }
    }
    const blocksNeeded = Math.ceil(kept.length / BLOCK_ROWS);
    this.blocks.length = Math.min(this.blocks.length, blocksNeeded);
    const last = this.blocks[blocksNeeded - 1];
    if (last) last.fill(0, (kept.length - (blocksNeeded - 1) * BLOCK_ROWS) * s);
  }
}
