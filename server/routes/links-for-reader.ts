// Shared survey links go only to those who distribute the survey. A link is a way to answer: in a reader's
// hands (an executive, a department head, a consultant) it could pad a small group with known answers and
// give away the one real answer in it.

import type { Context } from 'hono';
import type { Campaign } from '../domain/campaigns/campaign';
import { authorize } from '../domain/access/policy';
import { requirePrincipal } from '../http/guard';
import type { AppEnv } from '../http/session';

export function mayDistribute(c: Context<AppEnv>, organizationId: string): boolean {
  return authorize(requirePrincipal(c), 'survey:distribute', organizationId).allowed;
}

/** The campaign as the signed-in person may see it: without its links unless they distribute the survey. */
export function campaignForReader<T extends Campaign>(c: Context<AppEnv>, campaign: T): T {
  return mayDistribute(c, campaign.organizationId) ? campaign : { ...campaign, links: [] };
}
