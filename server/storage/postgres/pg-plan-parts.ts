// Mailings and reminder plans, action plans, benchmark files, workshops with their live news, tally
// checkpoints. This storage registers itself as an instance first: mailing runs name the instance sending
// them, and workshop news names the instance it comes from.
import type { Storage } from '../storage';
import type { PgDatabase } from './pg-database';
import { pgActionPlanRepository } from './plans/pg-action-plan-repository';
import { pgBenchmarkRepository } from './plans/pg-benchmark-repository';
import { registerInstance } from './plans/pg-instances';
import { pgMailingRepository } from './plans/pg-mailing-repository';
import { pgTallyCheckpoints } from './plans/pg-tally-checkpoints';
import { openPgWorkshopEvents } from './plans/pg-workshop-events';
import { pgWorkshopRepository } from './plans/pg-workshop-repository';

export type PlanParts = Pick<
  Storage,
  'mailings' | 'actionPlan' | 'benchmarks' | 'workshops' | 'workshopEvents' | 'tallies'
> & { instanceId: string; close(): Promise<void> };

export async function openPgPlanParts(db: PgDatabase, warn: (message: string) => void): Promise<PlanParts> {
  const instance = await registerInstance(db, warn);
  let workshopEvents;
  try {
    workshopEvents = await openPgWorkshopEvents(db, instance.id, warn);
  } catch (error) {
    await instance.close().catch(() => undefined);
    throw error;
  }
  return {
    instanceId: instance.id,
    mailings: pgMailingRepository(db, instance.id),
    actionPlan: pgActionPlanRepository(db),
    benchmarks: pgBenchmarkRepository(db),
    workshops: pgWorkshopRepository(db, workshopEvents),
    workshopEvents,
    tallies: pgTallyCheckpoints(db),
    close: async () => {
      await workshopEvents.close();
      await instance.close();
    },
  };
}
