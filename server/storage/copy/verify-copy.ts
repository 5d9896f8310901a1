// After a copy: every campaign's figures and chat record read from both storages, compared. Any difference
// is named; the command exits non-zero on one.

import { isDeepStrictEqual } from 'node:util';
import type { Campaign } from '../../domain/campaigns/campaign';
import type { Questionnaire } from '../../domain/instrument/questionnaire';
import type { Storage } from '../storage';
import { campaignFigures } from './campaign-figures';

export interface Verification {
  campaigns: number;
  /** Campaigns whose reports were built on both sides and are equal. */
  reportsEqual: number;
  differences: string[];
}

/** Keys with a zero count dropped: a storage may list a department with none, or leave it out. */
const nonZero = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));

export async function verifyCopy(
  from: Storage,
  to: Storage,
  campaigns: readonly Campaign[],
  questionnaires: ReadonlyMap<string, Questionnaire>,
): Promise<Verification> {
  const differences: string[] = [];
  let reportsEqual = 0;
  for (const stored of campaigns) {
    const copied = await to.campaigns.get(stored.id);
    const name = `campaign "${stored.name}" (${stored.id})`;
    if (!copied) {
      differences.push(`${name}: missing from the target`);
      continue;
    }
    if (!isDeepStrictEqual(copied, stored)) differences.push(`${name}: its record differs`);
    const chat = await from.chats.get(stored.id, stored.organizationId);
    if (!isDeepStrictEqual(await to.chats.get(stored.id, stored.organizationId), chat)) {
      differences.push(`${name}: its chat channels or posts differ`);
    }
    const source = await campaignFigures(from, stored, questionnaires);
    const target = await campaignFigures(to, copied, questionnaires);
    for (const [kind, counts] of Object.entries(source.counts)) {
      const other = target.counts[kind] ?? {};
      if (!isDeepStrictEqual(nonZero(counts), nonZero(other))) {
        differences.push(
          `${name}: ${kind} per department ${JSON.stringify(counts)} became ${JSON.stringify(other)}`,
        );
      }
    }
    if (source.order.count !== target.order.count) {
      differences.push(`${name}: ${source.order.count} responses became ${target.order.count}`);
    } else if (source.order.digest !== target.order.digest) {
      differences.push(`${name}: the responses are stored in another order`);
    }
    if (source.report === null) {
      differences.push(`${name}: no report could be built (its organization or questionnaire is missing)`);
    } else if (!isDeepStrictEqual(source.report, target.report)) {
      differences.push(`${name}: the report computed from the target differs from the source's`);
    } else {
      reportsEqual++;
    }
  }
  return { campaigns: campaigns.length, reportsEqual, differences };
}
