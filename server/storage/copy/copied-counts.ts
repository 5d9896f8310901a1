// What a copy moved, kind by kind, in the order it was copied: the table the command prints.

export class CopiedCounts {
  private readonly counts = new Map<string, number>();

  add(kind: string, n: number): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }

  get(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }

  rows(): [string, number][] {
    return [...this.counts];
  }

  /** Two columns, the kinds left-aligned and the counts right-aligned. */
  table(): string {
    const rows = this.rows();
    const width = Math.max(...rows.map(([kind]) => kind.length), 4);
    const digits = Math.max(...rows.map(([, n]) => String(n).length), 6);
    return [
      `${'what'.padEnd(width)}  ${'copied'.padStart(digits)}`,
      ...rows.map(([kind, n]) => `${kind.padEnd(width)}  ${String(n).padStart(digits)}`),
    ].join('\n');
  }
}
