// Rows of small codes held as compactly as their largest code allows: two to a byte when every code is below
// 16 (questionnaire 2's answers take at most 7, so 34 bytes a row instead of 68), else one to a byte.

export class PackedCodes {
  readonly bytesPerRow: number;
  private readonly halves: boolean;
  private readonly bytes: Uint8Array;

  /** The bytes a row of `width` codes up to `largest` takes. */
  static bytesPerRow(width: number, largest: number): number {
    return largest < 16 ? (width + 1) >> 1 : width;
  }

  constructor(
    rows: number,
    readonly width: number,
    largest: number,
  ) {
    this.halves = largest < 16;
    this.bytesPerRow = PackedCodes.bytesPerRow(width, largest);
    this.bytes = new Uint8Array(rows * this.bytesPerRow);
  }

  put(row: number, codes: Uint8Array): void {
    const base = row * this.bytesPerRow;
    if (!this.halves) {
      this.bytes.set(codes.subarray(0, this.width), base);
      return;
    }
    for (let k = 0; k < this.width; k += 2) {
      this.bytes[base + (k >> 1)] = codes[k]! | ((k + 1 < this.width ? codes[k + 1]! : 0) << 4);
    }
  }

  /** The row's codes, written into `into`. */
  get(row: number, into: Uint8Array): Uint8Array {
    const base = row * this.bytesPerRow;
    if (!this.halves) {
      into.set(this.bytes.subarray(base, base + this.width));
      return into;
    }
    for (let k = 0; k < this.width; k += 2) {
      const byte = this.bytes[base + (k >> 1)]!;
      into[k] = byte & 15;
      if (k + 1 < this.width) into[k + 1] = byte >> 4;
    }
    return into;
  }
}
