// Mailings and reminder plans, action plans, benchmark files, workshops with their live news, tally checkpoints.
import type { Storage } from '../storage';
import type { PgDatabase } from './pg-database';
import { notBuilt } from './not-built';

export type PlanParts = Pick<
  Storage,
  'mailings' | 'actionPlan' | 'benchmarks' | 'workshops' | 'workshopEvents' | 'tallies'
> & { close(): Promise<void> };

export async function openPgPlanParts(_db: PgDatabase, _warn: (message: string) => void): Promise<PlanParts> {
  return {
    mailings: notBuilt('mailings'),
    actionPlan: notBuilt('actionPlan'),
    benchmarks: notBuilt('benchmarks'),
    workshops: notBuilt('workshops'),
    workshopEvents: notBuilt('workshopEvents'),
    tallies: notBuilt('tallies'),
    close: async () => undefined,
  };
}
