// What a campaign looks like from one storage, in the figures people read: responses, people listed,
// opened and answered, and codes issued and used, each per department; the responses' stored order; and
// the report computed by the very code the server uses (routes/campaign-tallies.ts), built here from the
// responses rather than from a checkpoint, so two storages' reports are built the same way.

import type { CampaignReport } from '../../domain/analysis/campaign-report';
import { withStaffCounts, type Campaign } from '../../domain/campaigns/campaign';
import {
  lacksDepartmentSnapshot,
  organizationSeenBy,
  withDepartmentSnapshot,
} from '../../domain/campaigns/campaign-departments';
import { judgingModel } from '../../domain/instrument/barrier-model';
import type { Questionnaire } from '../../domain/instrument/questionnaire';
import { createCampaignTallies } from '../../routes/campaign-tallies';
import type { Storage } from '../storage';
import type { TallyCheckpoints } from '../tally-checkpoints';
import { orderDigest } from './copy-responses';

export interface CampaignFigures {
  counts: Record<string, Record<string, number>>;
  order: { count: number; digest: string };
  /** Null for a campaign whose organization or questionnaire is missing: no report can be built. */
  report: CampaignReport | null;
}

/** Checkpoints that hold nothing and keep nothing: the tally is built from the responses, and nothing written. */
const NO_CHECKPOINTS: TallyCheckpoints = {
  read: async () => null,
  write: async () => undefined,
  remove: async () => undefined,
};

function perDepartment<T extends { departmentId: string }>(items: readonly T[], keep: (item: T) => boolean) {
  const counts: Record<string, number> = {};
  for (const item of items) if (keep(item)) counts[item.departmentId] = (counts[item.departmentId] ?? 0) + 1;
  return counts;
}

export async function campaignFigures(
  storage: Storage,
  stored: Campaign,
  questionnaires: ReadonlyMap<string, Questionnaire>,
): Promise<CampaignFigures> {
  const id = stored.id;
  const people = (await storage.surveyInvitations.everyRecord?.(id)) ?? [];
  const codes = (await storage.accessCodes.listByCampaign?.(id)) ?? [];
  const listed = await storage.surveyInvitations.countByDepartment(id);
  const counts = {
    responses: await storage.responses.countByDepartment(id),
    'people listed': listed,
    'people answered': perDepartment(people, (p) => p.answered && p.removed !== true),
    'people opened their link': perDepartment(people, (p) => p.started),
    'people taken off after answering': perDepartment(people, (p) => p.removed === true),
    'codes issued': await storage.accessCodes.countByDepartment(id),
    'codes used': perDepartment(codes, (c) => c.answered),
  };
  const order = await orderDigest(storage.responses, id);

  // As routes/campaign-context.ts loadCampaign reads it, but without storing a missing department
  // snapshot: a copy writes nothing to its source.
  const current = await storage.organizations.get(stored.organizationId);
  const campaign =
    current && lacksDepartmentSnapshot(stored) ? withDepartmentSnapshot(stored, current) : stored;
  const organization = current && organizationSeenBy(current, campaign);
  const questionnaire = questionnaires.get(campaign.questionnaireId);
  const model = questionnaire && judgingModel(campaign.modelVersion, questionnaire.modelVersion);
  if (!organization || !questionnaire || !model) return { counts, order, report: null };
  const tallies = createCampaignTallies({ responses: storage.responses, tallies: NO_CHECKPOINTS });
  // With the staff counts its personal links give, as routes/campaign-reports.ts campaignReport does.
  const report = await tallies.report({
    organization,
    campaign: withStaffCounts(campaign, listed),
    questionnaire,
    model,
  });
  return { counts, order, report };
}
