// The report figures kept per campaign across restarts: taken up from a checkpoint when it still matches the
// responses stored, built from the responses when it does not, and always the figures a tally built from
// every stored response gives.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCampaignTally } from '../../../server/domain/analysis/campaign-tally';
import { BARRIER_MODEL_V2 } from '../../../server/domain/instrument/barrier-model';
import type { SurveyResponse } from '../../../server/domain/instrument/response';
import { createCampaignTallies, type CampaignTallyInput } from '../../../server/routes/campaign-tallies';
import { openEmbeddedStorage } from '../../../server/storage/embedded/open-embedded-storage';
import type { Storage } from '../../../server/storage/storage';
import { answersAt } from '../../fixtures/answers';
import { V2 } from '../../fixtures/campaign-on-v2';
import { makeDraft, makeOrganization } from '../../fixtures/make-campaign';
import { makeResponse } from '../../fixtures/make-response';

const organization = makeOrganization({ sales: 900, ops: 900 });
const input: CampaignTallyInput = {
  organization,
  campaign: { ...makeDraft({ questionnaireId: V2.id, modelVersion: '2' }), id: 'c1', minGroupSize: 5 },
  questionnaire: V2,
  model: BARRIER_MODEL_V2,
};

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function storageIn(dir?: string) {
  const at = dir ?? (await mkdtemp(join(tmpdir(), 'groundwork-tallies-')));
  if (!dir) dirs.push(at);
  const warnings: string[] = [];
  const storage = await openEmbeddedStorage(at, (m) => warnings.push(m));
  return { dir: at, storage, warnings };
}

/** `count` responses spread over both departments, answering at levels that vary with their position. */
async function store(storage: Storage, count: number, from = 0): Promise<SurveyResponse[]> {
  const made = Array.from({ length: count }, (_, i) =>
    makeResponse({
      campaignId: 'c1',
      departmentId: (from + i) % 3 === 0 ? 'ops' : 'sales',
      answers: answersAt(1 + ((from + i) % 5), V2) as SurveyResponse['answers'],
    }),
  );
  await Promise.all(made.map((r) => storage.responses.append(r)));
  return made;
}

/** The figures a tally gives when it files every stored response, in stored order. */
async function fromScratch(storage: Storage) {
  const tally = createCampaignTally({
    questionnaire: V2,
    model: BARRIER_MODEL_V2,
    minGroupSize: input.campaign.minGroupSize,
    commentMinimum: input.campaign.commentMinimum,
  });
  await storage.responses.scan('c1', (r) => tally.add(r));
  return tally.figures();
}

/** Counts the responses a scan hands out, around the real repository. */
function counting(storage: Storage) {
  const seen = { visited: 0 };
  const responses = {
    ...storage.responses,
    scan: (
      id: string,
      visit: Parameters<Storage['responses']['scan']>[1],
      options?: { from?: number; texts?: boolean },
    ) =>
      storage.responses.scan(
        id,
        (r, i) => {
          seen.visited++;
          visit(r, i);
        },
        options,
      ),
  };
  return { storage: { ...storage, responses }, seen };
}

/** Waits until a checkpoint written in the background is on disk. */
async function checkpointOf(storage: Storage): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const text = await storage.tallies.read('c1');
    if (text !== null) return text;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('No checkpoint was written');
}

describe('campaign tallies', () => {
  it('takes the figures up from a checkpoint after a restart, reading only the responses stored since', async () => {
    const first = await storageIn();
    await store(first.storage, 1_200);
    expect(await createCampaignTallies(first.storage).figures(input)).toEqual(
      await fromScratch(first.storage),
    );
    await checkpointOf(first.storage);
    await first.storage.close();

    const again = await storageIn(first.dir);
    await store(again.storage, 7, 1_200);
    const { storage, seen } = counting(again.storage);
    const figures = await createCampaignTallies(storage).figures(input);
    expect(figures).toEqual(await fromScratch(again.storage));
    expect(figures.received).toBe(1_207);
    // The last response the checkpoint holds, checked, then the seven stored since, read twice at most.
    expect(seen.visited).toBeLessThanOrEqual(1 + 2 * 7);
    await again.storage.close();
  });

  it('builds the figures from the responses when the checkpoint no longer matches them', async () => {
    const first = await storageIn();
    const stored = await store(first.storage, 1_100);
    await createCampaignTallies(first.storage).figures(input);
    const checkpoint = await checkpointOf(first.storage);
    // Responses deleted behind the checkpoint's back: its last response is no longer where it says.
    await first.storage.responses.remove(
      'c1',
      stored.slice(0, 40).map((r) => r.id),
    );
    await store(first.storage, 40, 5_000);
    await first.storage.tallies.write('c1', checkpoint);
    const { storage, seen } = counting(first.storage);
    expect(await createCampaignTallies(storage).figures(input)).toEqual(await fromScratch(first.storage));
    expect(seen.visited).toBeGreaterThanOrEqual(1_100);
    await first.storage.close();
  });

  it('reads a damaged checkpoint as none, says so, and builds the figures from the responses', async () => {
    const first = await storageIn();
    await store(first.storage, 1_050);
    await createCampaignTallies(first.storage).figures(input);
    await checkpointOf(first.storage);
    await first.storage.close();
    await writeFile(join(first.dir, 'tallies', 'c1.tally'), 'not a checkpoint\n{}');

    const again = await storageIn(first.dir);
    expect(await createCampaignTallies(again.storage).figures(input)).toEqual(
      await fromScratch(again.storage),
    );
    expect(again.warnings.join('\n')).toMatch(/damaged tally checkpoint/);
    await again.storage.close();
  });

  it('builds the figures anew after an exclusion, and takes no checkpoint made before it', async () => {
    const first = await storageIn();
    const stored = await store(first.storage, 1_100);
    const tallies = createCampaignTallies(first.storage);
    await tallies.figures(input);
    await checkpointOf(first.storage);
    await first.storage.responses.remove(
      'c1',
      stored.slice(0, 3).map((r) => r.id),
    );
    await tallies.forget('c1');
    expect(await first.storage.tallies.read('c1')).toBeNull();
    const excluded = { ...input, campaign: { ...input.campaign, excludedResponses: 3 } };
    expect(await tallies.figures(excluded)).toEqual(await fromScratch(first.storage));
    await first.storage.close();
  });
});
