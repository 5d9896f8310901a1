// Where the personal-links part's server keeps the staff list and the answers, and how the part reads back
// what was stored once the server has stopped: the data directory (the default), or a fresh PostgreSQL
// schema (the postgres part's), dropped afterwards.

import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurveyInvitation } from '../../server/domain/campaigns/survey-invitation';
import { readCampaignPeople } from '../../server/storage/embedded/people-directory';
import type { Campaign } from '../../server/domain/campaigns/campaign';
import type { Organization } from '../../server/domain/campaigns/organization';
import { openPostgresStorage } from '../../server/storage/postgres/open-postgres-storage';
import type { SeededData } from './bench-support';
import { benchSchema } from './postgres-scale-data';

/**
 * Given the seeded directory, a store puts its records where the server will read them and says the
 * server's extra environment; `readBack`, once the server has stopped, tells what was stored.
 */
export type LinkStore = (seeded: SeededData) => Promise<{
  env: Record<string, string>;
  readBack: (campaignIds: string[]) => Promise<{
    people: SurveyInvitation[];
    responses: number;
    /** What the list and the answers take there, for the printout. */
    sizes: string;
  }>;
  cleanup: () => Promise<void>;
}>;

/** The data directory itself: the records file, the people files, one log per campaign. */
export const embeddedStore: LinkStore = async (seeded) => ({
  env: {},
  cleanup: async () => undefined,
  readBack: async (campaignIds) => {
    const megabytes = async (dir: string, names?: string[]) => {
      let bytes = 0;
      for (const name of names ?? (await readdir(dir))) bytes += (await stat(join(dir, name))).size;
      return bytes / 1024 / 1024;
    };
    const lines = async (campaignId: string) =>
      (await readFile(join(seeded.dataDir, 'responses', `${campaignId}.jsonl`), 'utf8').catch(() => ''))
        .split('\n')
        .filter(Boolean).length;
    let responses = 0;
    for (const id of campaignIds) responses += await lines(id);
    return {
      people: await readCampaignPeople(join(seeded.dataDir, 'people'), seeded.campaignId),
      responses,
      sizes:
        `records file ${(await megabytes(seeded.dataDir, ['records.json'])).toFixed(1)} MB, people files ` +
        `${(await megabytes(join(seeded.dataDir, 'people'))).toFixed(1)} MB`,
    };
  },
});

/**
 * A fresh schema at `url` holding the seeded directory's organizations and campaigns, created through the
 * storage as the server would store them; read back through the storage too, so "answered" includes the
 * spends not folded into the people's rows yet.
 */
export function postgresLinkStore(url: string): LinkStore {
  return async (seeded) => {
    const { schema, drop } = await benchSchema(url);
    const open = () => openPostgresStorage({ url, schema, poolSize: 2 }, (m) => console.warn(m));
    const records = JSON.parse(await readFile(join(seeded.dataDir, 'records.json'), 'utf8')) as {
      organizations: Organization[];
      campaigns: Campaign[];
    };
    const storage = await open();
    try {
      for (const organization of records.organizations) await storage.organizations.create(organization);
      for (const campaign of records.campaigns) await storage.campaigns.create(campaign);
    } finally {
      await storage.close();
    }
    return {
      env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
      cleanup: drop,
      readBack: async (campaignIds) => {
        const stored = await open();
        try {
          let responses = 0;
          for (const id of campaignIds) responses += await stored.responses.countByCampaign(id);
          const { rows } = await stored.database.query<{ mb: number }>(
            `SELECT (pg_total_relation_size('survey_people') + pg_total_relation_size('person_links')
                    + pg_total_relation_size('pending_spends')) / 1048576.0 AS mb`,
          );
          return {
            people: await stored.surveyInvitations.listByCampaign(seeded.campaignId),
            responses,
            sizes: `people tables ${Number(rows[0]!.mb).toFixed(1)} MB in PostgreSQL`,
          };
        } finally {
          await stored.close();
        }
      },
    };
  };
}
