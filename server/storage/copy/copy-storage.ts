// One installation copied into another, embedded or PostgreSQL either way, then checked: the target must
// be empty, the source is only read through its repositories (opening it tidies as any start does: claims
// settled, an inbox folded), and afterwards every campaign's figures and report are read from both and
// compared (verify-copy.ts).

import type { Questionnaire } from '../../domain/instrument/questionnaire';
import type { Storage } from '../storage';
import { CopiedCounts } from './copied-counts';
import { assertCopyable, copyCampaigns } from './copy-campaigns';
import { copyRecords } from './copy-records';
import { assertEmptyStorage } from './storage-location';
import { verifyCopy, type Verification } from './verify-copy';

export interface CopyOutcome {
  counts: CopiedCounts;
  verification: Verification;
}

export async function copyStorage(
  from: Storage,
  to: Storage,
  questionnaires: ReadonlyMap<string, Questionnaire>,
  targetName = 'the target',
): Promise<CopyOutcome> {
  assertCopyable(from, to);
  await assertEmptyStorage(to, targetName);
  const counts = new CopiedCounts();
  await copyRecords(from, to, counts);
  const campaigns = [];
  for (const organization of await from.organizations.list()) {
    campaigns.push(...(await from.campaigns.listByOrganization(organization.id)));
  }
  await copyCampaigns(from, to, campaigns, counts);
  const verification = await verifyCopy(from, to, campaigns, questionnaires);
  return { counts, verification };
}
