// Writes fixtures/model-1-reports.json: the pinned parts of each pinned organization's model-1 report, as
// the code computes them now. The file in the repository was written at commit 4dc09a0 and is the same with
// or without model 2's changes; run this only to make a deliberate, announced change to closed campaigns'
// reports, and say so in the commit.
// Usage: node --import tsx test/scenarios/pin-model-1-reports.ts

import { writeFileSync } from 'node:fs';
import { BARRIER_MODEL_V1 } from '../../server/domain/instrument/barrier-model';
import { buildCampaignReport } from '../../server/domain/analysis/campaign-report';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { loadPinnedOrganizations, pinnedParts } from './pinned-organizations';

const questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
const pinned: Record<string, unknown> = {};
for (const { name, organization, campaign, responses } of loadPinnedOrganizations(BARRIER_MODEL_V1.version)) {
  const report = buildCampaignReport({
    organization,
    campaign,
    questionnaire,
    model: BARRIER_MODEL_V1,
    responses,
  });
  pinned[name] = pinnedParts(report);
}
writeFileSync(
  new URL('./fixtures/model-1-reports.json', import.meta.url),
  `${JSON.stringify(pinned, null, 2)}\n`,
);
