import type { LoadedBenchmark } from '../domain/benchmark/benchmark-file';

/** Benchmark files loaded into this installation: few and small, each kept whole as it was checked. */
export interface BenchmarkRepository {
  /** Keeps a file; resolves once it is durable. */
  add(benchmark: LoadedBenchmark): Promise<void>;
  /** Every loaded file, in the order they were loaded. */
  list(): Promise<LoadedBenchmark[]>;
  /** Removes one for good; resolves false when there was none with that id. */
  remove(id: string): Promise<boolean>;
}
