// questionnaires/MODEL.md is the reference a reader trusts the verdict by: it must name every gate, verdict,
// recommendation rule, scale, question and threshold the code has, so the two cannot silently drift apart.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BARRIER_MODEL_V1,
  BARRIER_MODELS,
  CURRENT_MODEL_VERSION,
} from '../../server/domain/instrument/barrier-model';
import { GATES } from '../../server/domain/decisions/decision-rules';
import { parseQuestionnaire } from '../../server/domain/instrument/questionnaire';
import { RECOMMENDATION_RULES } from '../../server/domain/decisions/recommendation-rules';
import { VERDICTS, VERDICT_TEXT } from '../../server/domain/decisions/verdicts';

const DOC_PATH = new URL('../../questionnaires/MODEL.md', import.meta.url);
const QUESTIONNAIRE_PATHS = ['readiness-okr.json', 'readiness-okr-2.json'].map(
  (file) => new URL(`../../questionnaires/${file}`, import.meta.url),
);

const doc = readFileSync(DOC_PATH, 'utf8');
const lines = doc.split('\n');
const questionnaires = QUESTIONNAIRE_PATHS.map((path) =>
  parseQuestionnaire(JSON.parse(readFileSync(path, 'utf8'))),
);

/** Ids are written as code (`id`), so a common word such as "hygiene" in prose does not count. */
const asCode = (id: string) => `\`${id}\``;
const missingFromDoc = (ids: readonly string[]) => ids.filter((id) => !doc.includes(asCode(id)));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** The ways a threshold may be written: as in the code (`0.6`, `65`), or as a small fraction (`2/3`). */
function valueSpellings(value: number): string[] {
  const spellings = [String(value)];
  for (let denominator = 2; denominator <= 12; denominator++) {
    const numerator = Math.round(value * denominator);
    const exact = Math.abs(value * denominator - numerator) < 1e-9;
    if (exact && numerator % denominator !== 0 && gcd(numerator, denominator) === 1) {
      spellings.push(`${numerator}/${denominator}`);
    }
  }
  return spellings;
}

/** A standalone number: "0.6" must not be found inside "0.65", nor "5" inside "0.5" or "15". */
const containsValue = (line: string, spelling: string) =>
  new RegExp(`(?<![\\d.])${escapeRegExp(spelling)}(?!\\.?\\d)`).test(line);

describe('questionnaires/MODEL.md', () => {
  it('states the current model version and every version a campaign may use', () => {
    for (const version of new Set([CURRENT_MODEL_VERSION, ...Object.keys(BARRIER_MODELS)])) {
      const stated = new RegExp(`model version\\W*\`${escapeRegExp(version)}\``, 'i').test(doc);
      expect(stated, `MODEL.md should say "Model version: \`${version}\`"`).toBe(true);
    }
  });

  it('documents every decision gate by its id', () => {
    expect(missingFromDoc(GATES.map((g) => g.id))).toEqual([]);
  });

  it('documents every verdict by its id and English title', () => {
    expect(missingFromDoc(VERDICTS)).toEqual([]);
    expect(VERDICTS.filter((v) => !doc.includes(VERDICT_TEXT[v].title.en))).toEqual([]);
  });

  it('documents every recommendation rule by its id', () => {
    expect(missingFromDoc(RECOMMENDATION_RULES.map((r) => r.id))).toEqual([]);
  });

  it('documents every scale of the barrier model by its id', () => {
    const scaleIds = Object.values(BARRIER_MODELS).flatMap((m) =>
      m.dimensions.flatMap((d) => d.scales.map((s) => s.id)),
    );
    expect(scaleIds.length).toBeGreaterThan(0);
    expect(missingFromDoc(scaleIds)).toEqual([]);
  });

  it('documents every question of every shipped questionnaire by its name', () => {
    const names = questionnaires.flatMap((q) => q.questions.map((question) => question.id));
    expect(names.length).toBeGreaterThan(0);
    expect(missingFromDoc(names)).toEqual([]);
  });

  it('gives every threshold on a line that names the field and its value as the code has it', () => {
    const undocumented = Object.entries(BARRIER_MODEL_V1.thresholds)
      .filter(
        ([field, value]) =>
          !lines.some(
            (line) =>
              line.includes(asCode(field)) &&
              valueSpellings(value).some((spelling) => containsValue(line, spelling)),
          ),
      )
      .map(([field, value]) => `${field} = ${valueSpellings(value).join(' or ')}`);
    expect(undocumented).toEqual([]);
  });

  it('accepts a threshold only as a standalone number, not inside a longer one', () => {
    expect(containsValue('| `green` | 65 |', '65')).toBe(true);
    expect(containsValue('| `alphaMinimum` | 0.65 |', '0.6')).toBe(false);
    expect(containsValue('| `minResponses` | 0.5 |', '5')).toBe(false);
    expect(valueSpellings(2 / 3)).toContain('2/3');
    expect(valueSpellings(0.4)).toEqual(['0.4', '2/5']);
  });
});
