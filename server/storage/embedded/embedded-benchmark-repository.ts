// Loaded benchmark files in a file of their own (<data>/benchmarks.json), beside the records file as the
// mailings are: they are read with every benchmark placement and written only when the owner loads or
// removes one. One change path, durable before acknowledged (durable-document.ts).

import type { LoadedBenchmark } from '../../domain/benchmark/benchmark-file';
import type { BenchmarkRepository } from '../benchmark-repository';
import { openDurableDocument } from './durable-document';

interface BenchmarkDocument {
  benchmarks: LoadedBenchmark[];
}

export async function openEmbeddedBenchmarkRepository(
  path: string,
): Promise<BenchmarkRepository & { close(): Promise<void> }> {
  const document = await openDurableDocument<BenchmarkDocument>(path, {
    empty: () => ({ benchmarks: [] }),
    isDocument: (value): value is BenchmarkDocument =>
      typeof value === 'object' && value !== null && Array.isArray((value as BenchmarkDocument).benchmarks),
    shape: '"benchmarks" list',
  });
  return {
    add: (benchmark) =>
      document.change((d) => {
        if (d.benchmarks.some((b) => b.id === benchmark.id))
          throw new Error(`Benchmark ${benchmark.id} exists`);
        d.benchmarks.push(structuredClone(benchmark));
        return { result: undefined, write: true };
      }),
    async list() {
      return structuredClone(document.current.benchmarks);
    },
    remove: (id) =>
      document.change((d) => {
        const index = d.benchmarks.findIndex((b) => b.id === id);
        if (index === -1) return { result: false, write: false };
        d.benchmarks.splice(index, 1);
        return { result: true, write: true };
      }),
    close: () => document.close(),
  };
}
