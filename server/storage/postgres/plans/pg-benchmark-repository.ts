// Loaded benchmark files, one row each, listed in the order loaded (`seq`).

import type { LoadedBenchmark } from '../../../domain/benchmark/benchmark-file';
import type { BenchmarkRepository } from '../../benchmark-repository';
import type { PgDatabase } from '../pg-database';
import { json } from './pg-documents';

export function pgBenchmarkRepository(db: PgDatabase): BenchmarkRepository {
  return {
    async add(benchmark) {
      const { rowCount } = await db.query(
        'INSERT INTO benchmarks (id, doc) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING',
        [benchmark.id, json(benchmark)],
      );
      if (rowCount === 0) throw new Error(`Benchmark ${benchmark.id} exists`);
    },
    async list() {
      const { rows } = await db.query<{ doc: LoadedBenchmark }>('SELECT doc FROM benchmarks ORDER BY seq');
      return rows.map((r) => r.doc);
    },
    async remove(id) {
      const { rowCount } = await db.query('DELETE FROM benchmarks WHERE id = $1', [id]);
      return (rowCount ?? 0) > 0;
    },
  };
}
