// The benchmark part of the storage contract (loaded benchmark files): run by runStorageContract for every
// implementation.

import { describe, expect, it } from 'vitest';
import { toBenchmarkFile, type LoadedBenchmark } from '../../../server/domain/benchmark/benchmark-file';
import type { StorageUnderTest } from './repository.contract';

function loaded(id: string, organizations = 12): LoadedBenchmark {
  const figure = {
    organizations: 10,
    respondents: 120,
    quantiles: { p10: 40, p25: 50, p50: 60, p75: 70, p90: 80 },
  };
  return {
    id,
    loadedOn: '2026-06-30',
    file: toBenchmarkFile({
      questionnaireId: 'readiness-okr-2',
      modelVersion: '2',
      createdOn: '2026-06-01',
      organizations,
      respondents: 300,
      dimensions: { hygiene: figure },
      scales: { 'hygiene.pay': figure },
    }),
  };
}

export function benchmarkContract(open: () => Promise<StorageUnderTest>): void {
  describe('benchmarks', () => {
    it('lists none at first, then each file loaded, in order, whole', async () => {
      const { storage } = await open();
      expect(await storage.benchmarks.list()).toEqual([]);
      await storage.benchmarks.add(loaded('b1'));
      await storage.benchmarks.add(loaded('b2', 15));
      expect(await storage.benchmarks.list()).toEqual([loaded('b1'), loaded('b2', 15)]);
    });

    it('keeps them across a restart', async () => {
      const under = await open();
      await under.storage.benchmarks.add(loaded('b1'));
      const reopened = await under.reopen();
      expect(await reopened.benchmarks.list()).toEqual([loaded('b1')]);
    });

    it('removes one for good, and says false for one it does not hold', async () => {
      const under = await open();
      await under.storage.benchmarks.add(loaded('b1'));
      await under.storage.benchmarks.add(loaded('b2'));
      expect(await under.storage.benchmarks.remove('b1')).toBe(true);
      expect(await under.storage.benchmarks.remove('b1')).toBe(false);
      expect(await under.storage.benchmarks.remove('nope')).toBe(false);
      const reopened = await under.reopen();
      expect((await reopened.benchmarks.list()).map((b) => b.id)).toEqual(['b2']);
    });

    it('hands out copies: changing one read changes nothing stored', async () => {
      const { storage } = await open();
      await storage.benchmarks.add(loaded('b1'));
      const [read] = await storage.benchmarks.list();
      read!.file.organizations = 99;
      expect((await storage.benchmarks.list())[0]!.file.organizations).toBe(12);
    });

    it('refuses a second file under an id it holds, keeping the first', async () => {
      const { storage } = await open();
      await storage.benchmarks.add(loaded('b1'));
      await expect(storage.benchmarks.add(loaded('b1', 20))).rejects.toThrow('Benchmark b1 exists');
      expect(await storage.benchmarks.list()).toEqual([loaded('b1')]);
    });
  });
}
