// A campaign is scored with the questionnaire id it was created with, so a questionnaire's scoring may never
// change under the same id: a campaign already answered would be rescored against different items.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { scoringFingerprint } from './scoring-fingerprint';

const LOCK_PATH = new URL('../../questionnaires/scoring-lock.json', import.meta.url);

describe('questionnaire scoring lock', () => {
  it('keeps the scoring of every locked questionnaire exactly as it was when locked', async () => {
    const lock = JSON.parse(readFileSync(LOCK_PATH, 'utf8')) as Record<string, string>;
    const questionnaires = await loadQuestionnaires();
    for (const [id, fingerprint] of Object.entries(lock)) {
      const questionnaire = questionnaires.get(id);
      expect(
        questionnaire,
        `${id} is locked but no longer shipped: keep its file so old campaigns can be read`,
      ).toBeDefined();
      expect(
        scoringFingerprint(questionnaire!),
        `${id}: its items, scales, reverse-coding or answers changed. Copy the file under a new questionnaireId and change that one instead.`,
      ).toBe(fingerprint);
    }
  });

  it('locks every shipped questionnaire', async () => {
    const lock = JSON.parse(readFileSync(LOCK_PATH, 'utf8')) as Record<string, string>;
    for (const id of (await loadQuestionnaires()).keys()) expect(Object.keys(lock)).toContain(id);
  });
});
